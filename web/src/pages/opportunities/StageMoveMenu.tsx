import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TOpportunity } from '../../api/types';
import { stages } from './stages';

/** The keyboard- and screen-reader-friendly way to move an opportunity: a "move to…" menu of the other stages. */
export function StageMoveMenu({
  opportunity,
  onMove,
  size = 'small',
}: {
  opportunity: TOpportunity;
  onMove: (stage: TOpportunity['stage']) => void;
  size?: 'small' | 'middle';
}) {
  const { t } = useTranslation();
  if (!opportunity.canEdit) return null;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: stages
          .filter((s) => s !== opportunity.stage)
          .map((s) => ({ key: s, label: t(`opportunities.stages.${s}`), danger: s === 'lost' })),
        onClick: ({ key, domEvent }) => {
          domEvent.stopPropagation();
          onMove(key as TOpportunity['stage']);
        },
      }}
    >
      <Button
        size={size}
        type="link"
        onClick={(e) => e.stopPropagation()}
        onPointerDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.stopPropagation()}
        data-testid={`opportunity-move-${opportunity.id}`}
        aria-label={`${t('opportunities.board.moveTo')} ${opportunity.name}`}
      >
        {t('opportunities.board.moveTo')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
