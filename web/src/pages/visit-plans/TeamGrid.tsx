import { Card, Col, Empty, Pagination, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTimeMinutes } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { enumLabel } from '../../i18n/labels';
import { type TTeamPlanRow, useTeamPlans } from './hooks';
import { hoursText } from './hours';
import { PlanStatusTag } from './PlanStatusTag';

const PAGE_SIZE = 12;

function RepColumn({ row }: { row: TTeamPlanRow }) {
  const { t } = useTranslation();
  const p = row.plan;
  return (
    <Card
      size="small"
      data-testid="team-plan"
      title={
        <Space size={4} wrap>
          <Typography.Text strong>{row.rep.displayName}</Typography.Text>
          <Typography.Text type="secondary">{row.unit.name}</Typography.Text>
        </Space>
      }
      extra={<PlanStatusTag status={p?.status ?? null} />}
      style={{ height: '100%' }}
    >
      {p ? (
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('visitPlans.summary', {
              lines: p.lineCount,
              hours: hoursText(p.plannedMinutes),
              customers: p.customerCount,
            })}
            {' · '}
            <Link to={`/visit-plans/${p.id}`}>{t('common.view')}</Link>
          </Typography.Paragraph>
          {row.days.length === 0 ? (
            <Typography.Text type="secondary">{t('visitPlans.noLines')}</Typography.Text>
          ) : (
            <div style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 8, rowGap: 4 }}>
              {row.days.map((d) => (
                <div key={d.date} style={{ display: 'contents' }}>
                  <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                    {d.date.slice(5)}
                  </Typography.Text>
                  <div style={{ minWidth: 0 }}>
                    {d.lines.map((l) => (
                      <div key={l.id} style={{ wordBreak: 'break-all' }}>
                        {l.customer.name}{' '}
                        <Tag style={{ marginInlineEnd: 0 }}>
                          {enumLabel(t, 'purpose', l.purpose)}{' '}
                          {t('visitPlans.hoursValue', { hours: hoursText(l.plannedMinutes) })}
                        </Tag>
                      </div>
                    ))}
                  </div>
                </div>
              ))}
            </div>
          )}
        </>
      ) : (
        <Typography.Text type="warning">{t('visitPlans.notSubmittedHint')}</Typography.Text>
      )}
    </Card>
  );
}

/** VIS-2: each rep's plan for the month in a column of its own: status, figures, lines by date; reps with none as 未提交. */
export function TeamGrid({ month }: { month: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const team = useTeamPlans({ month, page, pageSize: PAGE_SIZE });
  const items = team.data?.items ?? [];
  return (
    <>
      {team.data && (
        <Typography.Paragraph type="secondary">
          {t('visitPlans.team.dueHint', { at: formatDateTimeMinutes(team.data.dueAt) })}
        </Typography.Paragraph>
      )}
      <ErrorAlert error={team.error} onRetry={() => void team.refetch()} />
      {team.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t('visitPlans.team.empty')} />
      ) : (
        <Row gutter={[12, 12]} data-testid="team-grid">
          {items.map((row) => (
            <Col key={row.rep.id} xs={24} md={12} xl={8}>
              <RepColumn row={row} />
            </Col>
          ))}
        </Row>
      )}
      {(team.data?.total ?? 0) > PAGE_SIZE && (
        <Pagination
          style={{ marginTop: 16, textAlign: 'right' }}
          current={page}
          pageSize={PAGE_SIZE}
          total={team.data?.total ?? 0}
          onChange={setPage}
          showSizeChanger={false}
        />
      )}
    </>
  );
}
