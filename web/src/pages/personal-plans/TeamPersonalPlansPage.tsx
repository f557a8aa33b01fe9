import { Card, Empty, List, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type HTMLAttributes, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTimeMinutes } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatFenText } from '../../components/format';
import { usePhone } from '../../components/use-phone';
import { type TTeamPlanRow, useTeamPersonalPlans } from './hooks';
import { PeriodPicker } from './PeriodPicker';
import { PlanStatusTag } from './PlanStatusTag';

const PAGE_SIZE = 20;

/** Missing (red, and overdue past the due moment), or submitted late. */
function Flags({ row }: { row: TTeamPlanRow }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <PlanStatusTag status={row.plan?.status ?? null} />
      {row.plan && row.missing && (
        <Tag color="red" data-testid="plan-missing">
          {t('personalPlans.missing')}
        </Tag>
      )}
      {row.overdue && (
        <Tag color="red" data-testid="plan-overdue">
          {t('personalPlans.overdue')}
        </Tag>
      )}
      {row.late && <Tag color="orange">{t('personalPlans.late')}</Tag>}
    </Space>
  );
}

/**
 * PLAN-4 (呈主管核定): the supervisor's view of their people's plans for a period — everyone who
 * must plan, with the plan's status; a missing plan flagged red (overdue past its due moment),
 * one submitted late marked. A plan opens for review and approval.
 */
export function TeamPersonalPlansPage() {
  const { t } = useTranslation();
  const phone = usePhone();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState(1);
  const period = params.get('period') ?? undefined;
  const team = useTeamPersonalPlans({ ...(period ? { period } : {}), page, pageSize: PAGE_SIZE });
  const data = team.data;
  const shown = period ?? data?.period;
  const columns: ColumnsType<TTeamPlanRow> = [
    { title: t('personalPlans.fields.rep'), key: 'rep', render: (_, r) => r.rep.displayName },
    { title: t('personalPlans.fields.unit'), key: 'unit', render: (_, r) => r.unit.name },
    { title: t('personalPlans.fields.status'), key: 'status', render: (_, r) => <Flags row={r} /> },
    {
      title: t('personalPlans.versions.version'),
      key: 'version',
      width: 70,
      render: (_, r) => (r.plan ? `v${r.plan.version}` : ''),
    },
    {
      title: t('personalPlans.fields.items'),
      key: 'items',
      align: 'right',
      render: (_, r) => r.plan?.itemCount ?? '',
    },
    {
      title: t('personalPlans.fields.expectedTotal'),
      key: 'expected',
      align: 'right',
      render: (_, r) => (r.plan ? formatFenText(r.plan.expectedTotalFen) : ''),
    },
    {
      title: t('personalPlans.fields.dueAt'),
      key: 'dueAt',
      render: (_, r) => formatDateTimeMinutes(r.dueAt),
    },
    {
      title: t('personalPlans.fields.submittedAt'),
      key: 'submittedAt',
      render: (_, r) => formatDateTimeMinutes(r.plan?.submittedAt),
    },
    {
      title: t('common.actions'),
      key: 'open',
      render: (_, r) => r.plan && <Link to={`/personal-plans/${r.plan.id}`}>{t('common.view')}</Link>,
    },
  ];
  const pagination = {
    current: page,
    pageSize: PAGE_SIZE,
    total: data?.total ?? 0,
    onChange: setPage,
    showSizeChanger: false,
  };
  return (
    <Card
      title={
        <Space wrap>
          <span>{t('personalPlans.teamTitle')}</span>
          {shown && (
            <PeriodPicker
              value={shown}
              onChange={(p) => {
                setPage(1);
                setParams({ period: p });
              }}
            />
          )}
        </Space>
      }
    >
      <ErrorAlert error={team.error} onRetry={() => void team.refetch()} />
      {phone ? (
        <List
          loading={team.isPending}
          dataSource={data?.items ?? []}
          locale={{ emptyText: <Empty description={t('personalPlans.teamEmpty')} /> }}
          pagination={pagination}
          renderItem={(r) => (
            <List.Item key={r.rep.id} data-testid="team-plan-row">
              <div style={{ width: '100%' }}>
                <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
                  <Typography.Text strong>{r.rep.displayName}</Typography.Text>
                  <Flags row={r} />
                </Space>
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                  {r.unit.name}
                  {r.plan &&
                    ` · ${t('personalPlans.teamRow', { items: r.plan.itemCount, expected: formatFenText(r.plan.expectedTotalFen) })}`}
                </Typography.Paragraph>
                {r.plan && <Link to={`/personal-plans/${r.plan.id}`}>{t('common.view')}</Link>}
              </div>
            </List.Item>
          )}
        />
      ) : (
        <Table<TTeamPlanRow>
          rowKey={(r) => r.rep.id}
          loading={team.isPending}
          dataSource={data?.items ?? []}
          columns={columns}
          pagination={pagination}
          locale={{ emptyText: <Empty description={t('personalPlans.teamEmpty')} /> }}
          data-testid="team-plans"
          onRow={(r) =>
            ({ 'data-testid': 'team-plan-row', 'data-rep': r.rep.username }) as HTMLAttributes<HTMLElement>
          }
        />
      )}
    </Card>
  );
}
