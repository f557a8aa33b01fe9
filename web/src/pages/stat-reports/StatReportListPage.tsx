import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Select, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../api/hooks/me';
import { formatDateTimeMinutes } from '../../components/company-time';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useServerTable } from '../../components/use-server-table';
import { enumLabel } from '../../i18n/labels';
import { GenerateWeeklyModal } from './GenerateWeeklyModal';
import { type TStatReportQuery, type TStatReportSummary, useStatReports } from './hooks';
import { WeekSelect } from './WeekSelect';
import { periodText } from './words';

type Kind = NonNullable<TStatReportQuery['kind']>;
type Sort = NonNullable<TStatReportQuery['sort']>;
type Filters = { kind?: Kind; period?: string; unitId?: string };
type FormValues = { kind?: Kind; month?: Dayjs | null; week?: string; unitId?: string };
const kinds: Kind[] = ['monthly', 'weekly'];

/**
 * OPS-4: the statistics reports of my units — monthly ones made on the first working day of each
 * month, weekly ones on request — filtered by kind, period and unit; a weekly one made here.
 */
export function StatReportListPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [generating, setGenerating] = useState(false);
  const table = useServerTable<Filters, Sort>();
  const { cursor: _cursor, ...query } = table.params;
  const reports = useStatReports(query);
  const columns: ColumnsType<TStatReportSummary> = [
    {
      title: t('statReports.fields.period'),
      key: 'period',
      sorter: true,
      render: (_, r) => (
        <Link to={`/stat-reports/${r.id}`} data-testid="report-link">
          {periodText(t, i18n.language, r.period)}
        </Link>
      ),
    },
    {
      title: t('statReports.fields.kind'),
      key: 'kind',
      render: (_, r) => (
        <Tag color={r.kind === 'monthly' ? 'blue' : 'purple'}>{enumLabel(t, 'kind', r.kind)}</Tag>
      ),
    },
    { title: t('statReports.fields.unit'), key: 'unit', sorter: true, render: (_, r) => r.unit.name },
    {
      title: t('statReports.fields.range'),
      key: 'range',
      render: (_, r) => t('statReports.period.range', { from: r.from, to: r.to }),
    },
    {
      title: t('statReports.fields.generatedAt'),
      key: 'generatedAt',
      sorter: true,
      render: (_, r) => formatDateTimeMinutes(r.generatedAt),
    },
    {
      title: t('statReports.fields.requestedBy'),
      key: 'requestedBy',
      render: (_, r) =>
        r.requestedBy?.displayName ?? (
          <Typography.Text type="secondary">{t('statReports.byJob')}</Typography.Text>
        ),
    },
    {
      title: t('statReports.fields.analysis'),
      key: 'analysis',
      render: (_, r) =>
        r.analysedAt ? (
          <Tag color="green">{t('statReports.analysed')}</Tag>
        ) : (
          <Tag color="orange">{t('statReports.notAnalysed')}</Tag>
        ),
    },
  ];
  return (
    <Card title={t('statReports.title')}>
      <SearchForm<FormValues>
        onSearch={(v) =>
          table.setFilters({
            kind: v.kind,
            period:
              v.kind === 'weekly' ? v.week || undefined : v.month ? v.month.format('YYYY-MM') : undefined,
            unitId: v.unitId || undefined,
          })
        }
        extra={
          can('stat_report:generate') && (
            <Button icon={<PlusOutlined />} onClick={() => setGenerating(true)} data-testid="weekly-open">
              {t('statReports.generate.button')}
            </Button>
          )
        }
      >
        <Form.Item name="kind">
          <Select
            allowClear
            placeholder={t('statReports.fields.kind')}
            style={{ width: 120 }}
            options={kinds.map((k) => ({ value: k, label: enumLabel(t, 'kind', k) }))}
            data-testid="filter-kind"
          />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a: FormValues, b: FormValues) => a.kind !== b.kind}>
          {({ getFieldValue }) =>
            getFieldValue('kind') === 'weekly' ? (
              <Form.Item name="week">
                <WeekSelect allowClear placeholder={t('statReports.fields.period')} />
              </Form.Item>
            ) : (
              <Form.Item name="month">
                <DatePicker
                  picker="month"
                  format="YYYY-MM"
                  placeholder={t('statReports.fields.period')}
                  inputReadOnly
                />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item name="unitId">
          <UnitTreeSelect placeholder={t('statReports.fields.unit')} />
        </Form.Item>
      </SearchForm>
      <PagedTable<TStatReportSummary, Filters, Sort>
        query={reports}
        table={table}
        columns={columns}
        locale={{ emptyText: t('statReports.empty') }}
        data-testid="report-list"
      />
      <GenerateWeeklyModal open={generating} onClose={() => setGenerating(false)} />
    </Card>
  );
}
