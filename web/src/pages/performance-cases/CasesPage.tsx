import { Card, DatePicker, Segmented, Select, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCan } from '../../api/hooks/me';
import { ExportButton } from '../../components/ExportButton';
import { formatDateTime } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { useServerTable } from '../../components/use-server-table';
import { enumLabel } from '../../i18n/labels';
import { pctText } from '../indicators/figures';
import { CaseDrawer } from './CaseDrawer';
import { CaseLevelTag, CaseStatusTag } from './CaseTags';
import { type TCaseLevel, type TCaseRow, type TCaseStatus, useCaseList } from './hooks';

type Filters = { status?: TCaseStatus; level?: TCaseLevel; month?: string };
type Sort = 'month' | 'createdAt' | 'person';
const statuses: TCaseStatus[] = ['interview', 'plan', 'review', 'outcome', 'closed'];

/**
 * INC-8 (绩效面谈/待改进): the below-target cases in my scope — my own as a rep, my people's as a
 * superior, all for HR — newest month first, filtered by month, level and step; a case opens in
 * a drawer (`?id=`, the link 待办 and notices give).
 */
export function CasesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const table = useServerTable<Filters, Sort>({ order: 'desc' });
  const list = useCaseList(table.params);
  const openId = params.get('id');
  const open = (id: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (id) next.set('id', id);
        else next.delete('id');
        return next;
      },
      { replace: true },
    );

  const columns: ColumnsType<TCaseRow> = [
    {
      title: t('cases.fields.person'),
      key: 'person',
      sorter: true,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{r.person.displayName}</Typography.Text>
          <Typography.Text type="secondary">{r.unit.name}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('cases.fields.month'),
      dataIndex: 'month',
      key: 'month',
      sorter: true,
      defaultSortOrder: 'descend',
    },
    {
      title: t('cases.fields.completion'),
      key: 'completion',
      align: 'right',
      render: (_, r) => pctText(r.snapshot.months.at(-1)?.completionPct),
    },
    {
      title: t('cases.fields.level'),
      key: 'level',
      render: (_, r) => (
        <Space size={4} wrap>
          <CaseLevelTag level={r.level} />
          {r.consecutiveMonths > 1 && (
            <Typography.Text type="secondary">
              {t('cases.consecutive', { count: r.consecutiveMonths })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: t('cases.fields.status'), key: 'status', render: (_, r) => <CaseStatusTag status={r.status} /> },
    { title: t('cases.fields.superior'), key: 'superior', render: (_, r) => r.superior?.displayName ?? '—' },
    {
      title: t('cases.fields.interviewDueAt'),
      key: 'interviewDueAt',
      render: (_, r) => (r.interviewDueAt ? formatDateTime(r.interviewDueAt) : '—'),
    },
  ];

  return (
    <Card
      title={t('cases.title')}
      extra={
        can('perf_case:export') && <ExportButton path="/api/performance-cases/export" query={table.params} />
      }
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <Segmented<TCaseLevel | 'all'>
          value={table.filters.level ?? 'all'}
          options={[
            { value: 'all', label: t('cases.filters.allLevels') },
            { value: 'interview', label: enumLabel(t, 'level', 'interview') },
            { value: 'review', label: enumLabel(t, 'level', 'review') },
          ]}
          onChange={(v) => table.setFilters({ ...table.filters, level: v === 'all' ? undefined : v })}
        />
        <Select<TCaseStatus>
          allowClear
          placeholder={t('cases.filters.status')}
          style={{ minWidth: 150 }}
          value={table.filters.status}
          options={statuses.map((s) => ({ value: s, label: enumLabel(t, 'status', s) }))}
          onChange={(v) => table.setFilters({ ...table.filters, status: v })}
          data-testid="cases-status-filter"
        />
        <DatePicker
          picker="month"
          placeholder={t('cases.filters.month')}
          onChange={(d) => table.setFilters({ ...table.filters, month: d ? d.format('YYYY-MM') : undefined })}
        />
      </Space>
      <PagedTable<TCaseRow, Filters, Sort>
        query={list}
        table={table}
        columns={columns}
        locale={{ emptyText: t('cases.empty') }}
        onRow={(r) => ({ onClick: () => open(r.id), style: { cursor: 'pointer' } })}
        data-testid="cases-table"
      />
      <CaseDrawer id={openId} onClose={() => open(null)} />
    </Card>
  );
}
