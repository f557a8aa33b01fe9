import { RightOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TVisitListItem } from '../../api/types';
import { purposeLabel } from './purpose-label';
import { hoursOf, VisitStatusTag } from './visit-tags';

/** One visit as a phone shows it: a card the thumb taps to open the visit. */
export function VisitCard({ visit, showRep }: { visit: TVisitListItem; showRep?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = () => navigate(`/visits/${visit.id}`);
  return (
    <Card
      size="small"
      hoverable
      onClick={open}
      role="link"
      tabIndex={0}
      onKeyDown={(e) => {
        if (e.key === 'Enter') open();
      }}
      data-testid="visit-card"
      styles={{ body: { padding: 12 } }}
    >
      <Flex justify="space-between" align="center" gap={8}>
        <div style={{ minWidth: 0, flex: 1 }}>
          <Flex gap={6} align="center" wrap>
            <Typography.Text strong style={{ fontSize: 16, wordBreak: 'break-all' }}>
              {visit.customer.name}
            </Typography.Text>
          </Flex>
          <Flex gap={6} align="center" wrap style={{ marginTop: 4 }}>
            <VisitStatusTag status={visit.status} />
            <Typography.Text type="secondary">
              {purposeLabel(t, visit.purpose)} · {visit.plannedOn} ·{' '}
              {t('visits.hours', { hours: hoursOf(visit.plannedMinutes) })}
            </Typography.Text>
          </Flex>
          {showRep && (
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 2 }}>
              {t('visits.fields.rep')}：{visit.rep.displayName}
            </Typography.Text>
          )}
        </div>
        <RightOutlined style={{ color: '#bbb' }} />
      </Flex>
    </Card>
  );
}
