import { Card, DatePicker, Flex, Form, Grid, Select, Tabs, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../../api/hooks/me';
import {
  type TVisitReportListItem,
  type TVisitReportListQuery,
  useVisitReportPage,
} from '../../../api/hooks/visit-reports';
import { formatDate, formatDateTimeMinutes } from '../../../components/company-time';
import { ExportButton } from '../../../components/ExportButton';
import { PagedTable } from '../../../components/PagedTable';
import { SearchForm } from '../../../components/SearchForm';
import { useServerTable } from '../../../components/use-server-table';
import { purposeLabel } from '../purpose-label';
import { PagedCards } from './PagedCards';
import { ReportStatusTags } from './report-tags';

type Box = NonNullable<TVisitReportListQuery['box']>;
type Filters = Pick<TVisitReportListQuery, 'status' | 'late' | 'from' | 'to'>;
type FormValues = { status?: Filters['status']; late?: 'true' | 'false'; range?: [Dayjs, Dayjs] | null };
const statuses = ['draft', 'submitted', 'returned', 'approved'] as const;

const reportPath = (r: TVisitReportListItem) =>
  r.actions.edit ? `/visits/${r.visitId}/report` : `/visit-reports/${r.id}`;

function ReportCard({ r }: { r: TVisitReportListItem }) {
  const { t } = useTranslation();
  return (
    <Link to={reportPath(r)} data-testid="report-card">
      <Card size="small" hoverable styles={{ body: { padding: 12 } }}>
        <Flex vertical gap={4}>
          <Flex gap={4} wrap align="center">
            <ReportStatusTags report={r} />
          </Flex>
          <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
            {r.customer.name}
          </Typography.Text>
          <Typography.Text type="secondary">
            {formatDate(r.checkOutAt)} · {r.author.displayName} ·{' '}
            {t('visitReports.commitmentCount', { count: r.commitmentCount })}
          </Typography.Text>
          {(r.status === 'draft' || r.status === 'returned') && (
            <Typography.Text type={r.late ? 'danger' : 'secondary'}>
              {t('visitReports.fields.dueAt')} {formatDateTimeMinutes(r.reviseDueAt ?? r.dueAt)}
            </Typography.Text>
          )}
        </Flex>
      </Card>
    </Link>
  );
}

function ReportList({ box, canExport }: { box: Box; canExport: boolean }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const table = useServerTable<Filters, 'visitedAt' | 'dueAt'>({ order: 'desc' });
  const page = useVisitReportPage({ ...table.params, box });
  const onSearch = ({ status, late, range }: FormValues) =>
    table.setFilters({
      status,
      late,
      from: range?.[0]?.format('YYYY-MM-DD'),
      to: range?.[1]?.format('YYYY-MM-DD'),
    });
  return (
    <>
      <SearchForm<FormValues>
        onSearch={onSearch}
        extra={
          canExport && <ExportButton path="/api/visit-reports/export" query={{ ...table.params, box }} />
        }
      >
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('visitReports.fields.status')}
            style={{ width: 140 }}
            options={statuses.map((s) => ({ value: s, label: t(`visitReports.status.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="late">
          <Select
            allowClear
            placeholder={t('visitReports.lateFilter.any')}
            style={{ width: 120 }}
            options={[
              { value: 'true', label: t('visitReports.lateFilter.late') },
              { value: 'false', label: t('visitReports.lateFilter.onTime') },
            ]}
          />
        </Form.Item>
        <Form.Item name="range">
          <DatePicker.RangePicker style={{ maxWidth: '100%' }} />
        </Form.Item>
      </SearchForm>
      {screens.md ? (
        <PagedTable<TVisitReportListItem, Filters, 'visitedAt' | 'dueAt'>
          query={page}
          table={table}
          data-testid={`report-table-${box}`}
          columns={[
            {
              key: 'customer',
              title: t('visitReports.fields.customer'),
              render: (_, r) => <Link to={reportPath(r)}>{r.customer.name}</Link>,
            },
            ...(box === 'team'
              ? [
                  {
                    key: 'author',
                    title: t('visitReports.fields.author'),
                    render: (_: unknown, r: TVisitReportListItem) => r.author.displayName,
                  },
                ]
              : []),
            {
              key: 'visitedAt',
              title: t('visitReports.fields.visitDate'),
              sorter: true,
              defaultSortOrder: 'descend',
              render: (_, r) => formatDate(r.checkOutAt),
            },
            {
              key: 'purpose',
              title: t('visitReports.fields.purpose'),
              render: (_, r) => purposeLabel(t, r.purpose),
            },
            {
              key: 'dueAt',
              title: t('visitReports.fields.dueAt'),
              sorter: true,
              render: (_, r) => formatDateTimeMinutes(r.dueAt),
            },
            {
              key: 'status',
              title: t('visitReports.fields.status'),
              render: (_, r) => <ReportStatusTags report={r} />,
            },
            {
              key: 'submittedAt',
              title: t('visitReports.fields.submittedAt'),
              render: (_, r) => formatDateTimeMinutes(r.submittedAt),
            },
            {
              key: 'commitments',
              title: t('visitReports.fields.commitments'),
              render: (_, r) => r.commitmentCount,
            },
          ]}
        />
      ) : (
        <PagedCards
          query={page}
          table={table}
          empty={t('visitReports.empty')}
          testId={`report-cards-${box}`}
          render={(r) => <ReportCard r={r} />}
        />
      )}
    </>
  );
}

/** VIS-5: my visit reports, and my team's (supervisors and up), filtered by status, late and date. */
export function VisitReportListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const scope = me.data?.permissions['visit:read'];
  const boxes: Box[] = scope && scope !== 'own' ? ['mine', 'team'] : ['mine'];
  const box = (params.get('box') as Box | null) ?? 'mine';
  return (
    <Card title={t('visitReports.listTitle')} styles={{ body: { paddingTop: 0 } }}>
      <Tabs
        activeKey={box}
        onChange={(key) => setParams({ box: key })}
        destroyOnHidden
        items={boxes.map((b) => ({
          key: b,
          label: t(`visitReports.boxes.${b}`),
          children: <ReportList box={b} canExport={!!me.data?.permissions['visit:export']} />,
        }))}
      />
    </Card>
  );
}
