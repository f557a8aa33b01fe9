import { Card, Form, Select, Space, Tabs } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCan } from '../../api/hooks/me';
import { formatDateTimeMinutes } from '../../components/company-time';
import { ExportButton } from '../../components/ExportButton';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { UserSelect } from '../../components/UserSelect';
import { useServerTable } from '../../components/use-server-table';
import { enumLabel } from '../../i18n/labels';
import { type TPlanQuery, type TPlanStatus, type TPlanSummary, useTeamPlans, useVisitPlans } from './hooks';
import { hoursText } from './hours';
import { MonthPicker } from './MonthPicker';
import { PlanStatusTag } from './PlanStatusTag';
import { TeamGrid } from './TeamGrid';

type Sort = NonNullable<TPlanQuery['sort']>;
type Filters = { status?: TPlanStatus; repId?: string };
const statuses: TPlanStatus[] = ['draft', 'submitted', 'approved', 'rejected'];

function PlanList({ month }: { month: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const table = useServerTable<Filters, Sort>();
  const { cursor: _cursor, ...paging } = table.params;
  const query: TPlanQuery = { ...paging, month };
  const plans = useVisitPlans(query);
  const { page: _page, pageSize: _size, ...exportQuery } = query;
  const columns: ColumnsType<TPlanSummary> = [
    { title: t('visitPlans.fields.month'), dataIndex: 'month', key: 'month', sorter: true, width: 100 },
    {
      title: t('visitPlans.fields.rep'),
      key: 'rep',
      sorter: true,
      render: (_, p) => <Link to={`/visit-plans/${p.id}`}>{p.rep.displayName}</Link>,
    },
    { title: t('visitPlans.fields.unit'), key: 'unit', render: (_, p) => p.unit.name },
    {
      title: t('visitPlans.fields.status'),
      key: 'status',
      sorter: true,
      render: (_, p) => <PlanStatusTag status={p.status} />,
    },
    { title: t('visitPlans.fields.lines'), dataIndex: 'lineCount', align: 'right' },
    {
      title: t('visitPlans.fields.hours'),
      key: 'hours',
      align: 'right',
      render: (_, p) => hoursText(p.plannedMinutes),
    },
    { title: t('visitPlans.fields.customers'), dataIndex: 'customerCount', align: 'right' },
    {
      title: t('visitPlans.fields.submittedAt'),
      key: 'submittedAt',
      sorter: true,
      render: (_, p) => formatDateTimeMinutes(p.submittedAt),
    },
    {
      title: t('common.updatedAt'),
      key: 'updatedAt',
      sorter: true,
      render: (_, p) => formatDateTimeMinutes(p.updatedAt),
    },
  ];
  return (
    <>
      <SearchForm<Filters>
        onSearch={(v) => table.setFilters({ status: v.status, repId: v.repId || undefined })}
        extra={
          can('visit_plan:export') && <ExportButton path="/api/visit-plans/export" query={exportQuery} />
        }
      >
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('visitPlans.fields.status')}
            style={{ width: 130 }}
            options={statuses.map((s) => ({ value: s, label: enumLabel(t, 'status', s) }))}
          />
        </Form.Item>
        <Form.Item name="repId">
          <UserSelect allowClear placeholder={t('visitPlans.fields.rep')} style={{ width: 200 }} />
        </Form.Item>
      </SearchForm>
      <PagedTable<TPlanSummary, Filters, Sort>
        query={plans}
        table={table}
        columns={columns}
        data-testid="plan-list"
      />
    </>
  );
}

/**
 * VIS-2 (主管审核拜访计划): the team's plans for a month — side by side (each rep's status, lines,
 * hours and customers, the lines by date; reps with no plan as 未提交) and as a list with filters
 * and the Excel export.
 */
export function TeamPlansPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // The server knows next month on the company calendar: the grid's first answer names it.
  const first = useTeamPlans({ page: 1, pageSize: 1 });
  const month = params.get('month') ?? first.data?.month;
  const [tab, setTab] = useState('grid');
  return (
    <Card
      title={
        <Space wrap>
          <span>{t('visitPlans.teamTitle')}</span>
          {month && <MonthPicker value={month} onChange={(m) => setParams({ month: m })} />}
        </Space>
      }
    >
      {month && (
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'grid', label: t('visitPlans.team.grid'), children: <TeamGrid month={month} /> },
            { key: 'list', label: t('visitPlans.team.list'), children: <PlanList month={month} /> },
          ]}
        />
      )}
    </Card>
  );
}
