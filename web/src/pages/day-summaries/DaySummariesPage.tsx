import { Card, DatePicker, Empty, Select, Space, Spin, Tabs } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useCan } from '../../api/hooks/me';
import { formatDate, formatDateTime } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PagedTable } from '../../components/PagedTable';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useServerTable } from '../../components/use-server-table';
import { enumLabel } from '../../i18n/labels';
import { type TDaySummary, type TDaySummaryRow, useDaySummaryList, useMyDaySummaries } from './hooks';
import { SummaryStatusTag, SummaryView } from './SummaryView';

type Filters = { from?: string; to?: string; unitId?: string; status?: TDaySummary['status'] };
type Sort = 'day' | 'sentAt';

/** OPS-3: the assistant's summary of today (or still unsent), to review, remark on and send. */
function Today() {
  const { t } = useTranslation();
  const mine = useMyDaySummaries(true);
  if (mine.isPending) return <Spin />;
  if (mine.error) return <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />;
  const items = mine.data?.items ?? [];
  if (items.length === 0) return <Empty description={t('daySummaries.noneYet')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      {items.map((s) => (
        <SummaryView key={s.id} summary={s} />
      ))}
    </Space>
  );
}

/** OPS-3: the archive — summaries by day and unit, newest first. */
function Archive() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const table = useServerTable<Filters, Sort>({ order: 'desc' });
  const list = useDaySummaryList(table.params);
  const columns: ColumnsType<TDaySummaryRow> = [
    { title: t('daySummaries.day'), key: 'day', sorter: true, render: (_, r) => formatDate(r.day) },
    { title: t('daySummaries.unit'), key: 'unit', render: (_, r) => r.unit.name },
    { title: t('daySummaries.assistant'), key: 'assistant', render: (_, r) => r.assistant.displayName },
    { title: t('daySummaries.orderCount'), key: 'orders', align: 'right', render: (_, r) => r.orderCount },
    { title: t('daySummaries.missingLogs'), key: 'missing', align: 'right', render: (_, r) => r.missingLogs },
    {
      title: t('daySummaries.status'),
      key: 'status',
      render: (_, r) => <SummaryStatusTag status={r.status} />,
    },
    {
      title: t('daySummaries.sentAt'),
      key: 'sentAt',
      sorter: true,
      render: (_, r) => (r.sentAt ? formatDateTime(r.sentAt) : '—'),
    },
  ];
  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <DatePicker.RangePicker
          onChange={(range) =>
            table.setFilters({
              ...table.filters,
              from: range?.[0]?.format('YYYY-MM-DD'),
              to: range?.[1]?.format('YYYY-MM-DD'),
            })
          }
        />
        <UnitTreeSelect
          value={table.filters.unitId}
          onChange={(unitId) => table.setFilters({ ...table.filters, unitId })}
        />
        <Select<TDaySummary['status']>
          allowClear
          placeholder={t('daySummaries.status')}
          style={{ minWidth: 120 }}
          value={table.filters.status}
          options={(['assembled', 'sent'] as const).map((s) => ({
            value: s,
            label: enumLabel(t, 'status', s),
          }))}
          onChange={(status) => table.setFilters({ ...table.filters, status })}
        />
      </Space>
      <PagedTable<TDaySummaryRow, Filters, Sort>
        query={list}
        table={table}
        columns={columns}
        locale={{ emptyText: t('daySummaries.empty') }}
        onRow={(r) => ({ onClick: () => navigate(`/day-summaries/${r.id}`), style: { cursor: 'pointer' } })}
        data-testid="day-summaries-table"
      />
    </>
  );
}

/** OPS-3 (日终汇总): the assistant sends today's; those who lead read the archive. */
export function DaySummariesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const tabs = [
    ...(can('day_summary:send')
      ? [{ key: 'today', label: t('daySummaries.today'), children: <Today /> }]
      : []),
    ...(can('day_summary:read')
      ? [{ key: 'archive', label: t('daySummaries.archive'), children: <Archive /> }]
      : []),
  ];
  return (
    <Card title={t('daySummaries.title')}>
      <Tabs
        activeKey={params.get('tab') ?? tabs[0]?.key}
        onChange={(tab) => setParams({ tab }, { replace: true })}
        items={tabs}
      />
    </Card>
  );
}
