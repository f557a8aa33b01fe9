import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Select, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../api/hooks/me';
import { ExportButton } from '../../components/ExportButton';
import { formatYuan } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { UserSelect } from '../../components/UserSelect';
import { useAction } from '../../components/use-action';
import { useServerTable } from '../../components/use-server-table';
import { enumLabel } from '../../i18n/labels';
import { type TDailyReport, type TDailyReportQuery, useDailyReports, useGenerateToday } from './hooks';

type Sort = NonNullable<TDailyReportQuery['sort']>;
type Filters = Omit<TDailyReportQuery, 'page' | 'pageSize' | 'sort' | 'order'>;
type FormValues = {
  unitId?: string;
  userId?: string;
  kind?: 'person' | 'unit';
  range?: [Dayjs | null, Dayjs | null] | null;
};

/** OPS-2: the daily sales reports by day — filters (unit, kind, dates), export, today's generated now. */
export function DailyReportListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const table = useServerTable<Filters, Sort>();
  const { cursor: _cursor, ...query } = table.params;
  const reports = useDailyReports(query as TDailyReportQuery);
  const generate = useGenerateToday();
  const action = useAction();
  const columns: ColumnsType<TDailyReport> = [
    {
      title: t('dailyReports.fields.day'),
      key: 'day',
      sorter: true,
      render: (_, r) => (
        <Link to={`/daily-reports/${r.id}`} data-testid="report-link">
          {r.day}
        </Link>
      ),
    },
    { title: t('dailyReports.fields.unit'), key: 'unit', sorter: true, render: (_, r) => r.unit.name },
    {
      title: t('dailyReports.fields.person'),
      key: 'person',
      sorter: true,
      render: (_, r) => r.user?.displayName ?? <Tag>{enumLabel(t, 'kind', 'unit')}</Tag>,
    },
    { title: t('dailyReports.figures.visits'), key: 'visits', render: (_, r) => r.figures.visits },
    { title: t('dailyReports.figures.contracts'), key: 'contracts', render: (_, r) => r.figures.contracts },
    {
      title: t('dailyReports.figures.collectedFen'),
      key: 'collected',
      align: 'right',
      render: (_, r) => formatYuan(BigInt(r.figures.collectedFen)),
    },
    {
      title: t('dailyReports.fields.review'),
      key: 'review',
      render: (_, r) => (r.reviewStatus ? <Tag>{enumLabel(t, 'reviewStatus', r.reviewStatus)}</Tag> : null),
    },
  ];
  return (
    <Card title={t('dailyReports.title')}>
      <SearchForm<FormValues>
        onSearch={(v) =>
          table.setFilters({
            unitId: v.unitId || undefined,
            userId: v.userId || undefined,
            kind: v.kind,
            from: v.range?.[0]?.format('YYYY-MM-DD'),
            to: v.range?.[1]?.format('YYYY-MM-DD'),
          })
        }
        extra={
          <>
            {can('daily_report:write') && (
              <Button
                icon={<ReloadOutlined />}
                loading={generate.isPending}
                onClick={() => void action.run(() => generate.mutateAsync(), t('dailyReports.generated'))}
                data-testid="generate-today"
              >
                {t('dailyReports.generateToday')}
              </Button>
            )}
            <ExportButton path="/api/daily-reports/export" query={query as TDailyReportQuery} />
          </>
        }
      >
        <Form.Item name="unitId">
          <UnitTreeSelect placeholder={t('dailyReports.fields.unit')} />
        </Form.Item>
        {can('user:read') && (
          <Form.Item name="userId">
            <UserSelect placeholder={t('dailyReports.fields.person')} style={{ width: 180 }} />
          </Form.Item>
        )}
        <Form.Item name="kind">
          <Select
            allowClear
            placeholder={t('dailyReports.fields.kind')}
            style={{ width: 120 }}
            options={(['person', 'unit'] as const).map((k) => ({ value: k, label: enumLabel(t, 'kind', k) }))}
          />
        </Form.Item>
        <Form.Item name="range">
          <DatePicker.RangePicker inputReadOnly />
        </Form.Item>
      </SearchForm>
      <PagedTable<TDailyReport, Filters, Sort>
        query={reports}
        table={table}
        columns={columns}
        locale={{ emptyText: t('dailyReports.empty') }}
        data-testid="daily-report-list"
      />
    </Card>
  );
}
