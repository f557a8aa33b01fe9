import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTimeMinutes } from '../../../components/company-time';

/**
 * OPS-5 / ADR 26: when the figures were computed (the server keeps them a minute or so), on the
 * company's clock, and a button that has them computed now.
 */
export function AsOf({ asOf, onRefresh, busy }: { asOf: string; onRefresh: () => void; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={8} wrap data-testid="workbench-as-of">
      <Typography.Text type="secondary">
        {t('workbench.asOf', { time: formatDateTimeMinutes(asOf) })}
      </Typography.Text>
      <Button size="small" type="link" icon={<ReloadOutlined />} loading={busy} onClick={onRefresh}>
        {t('workbench.refresh')}
      </Button>
    </Flex>
  );
}
