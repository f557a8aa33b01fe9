import { Card, Empty, Grid, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTimeMinutes } from '../../../components/company-time';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { enumLabel } from '../../../i18n/labels';
import { purposeLabel } from '../purpose-label';
import { hoursText } from './compliance-format';
import { FiguresSummary } from './FiguresSummary';
import { type TComplianceVisit, useRepCompliance } from './hooks';

const reportColor: Record<TComplianceVisit['reportState'], string | undefined> = {
  on_time: 'success',
  late: 'warning',
  missing: 'error',
  not_due: 'processing',
  not_done: undefined,
};

function ReportTag({ v }: { v: TComplianceVisit }) {
  const { t } = useTranslation();
  return <Tag color={reportColor[v.reportState]}>{enumLabel(t, 'reportState', v.reportState)}</Tag>;
}

function when(v: TComplianceVisit): string {
  if (!v.checkInAt) return '';
  return `${formatDateTimeMinutes(v.checkInAt)} – ${v.checkOutAt ? formatDateTimeMinutes(v.checkOutAt).slice(11) : ''}`;
}

function columns(t: TFunction): ColumnsType<TComplianceVisit> {
  return [
    { title: t('visitCompliance.visit.plannedOn'), dataIndex: 'plannedOn', width: 110 },
    { title: t('visitCompliance.visit.customer'), key: 'customer', render: (_, v) => v.customer.name },
    {
      title: t('visitCompliance.visit.purpose'),
      key: 'purpose',
      render: (_, v) => purposeLabel(t, v.purpose),
    },
    {
      title: t('visitCompliance.visit.status'),
      key: 'status',
      render: (_, v) => (
        <Space size={4} wrap>
          <Tag>{enumLabel(t, 'status', v.status)}</Tag>
          <Tag color={v.fromPlan ? 'blue' : undefined}>
            {v.fromPlan ? t('visitCompliance.visit.fromPlan') : t('visitCompliance.visit.adHoc')}
          </Tag>
          {v.fromPlan && !v.countsAsPlanned ? (
            <Typography.Text type="secondary">{t('visitCompliance.visit.notCounted')}</Typography.Text>
          ) : null}
        </Space>
      ),
    },
    { title: t('visitCompliance.visit.when'), key: 'when', render: (_, v) => when(v) },
    {
      title: t('visitCompliance.visit.hours'),
      key: 'hours',
      align: 'right',
      render: (_, v) =>
        `${v.spentMinutes === null ? '—' : hoursText(v.spentMinutes)} / ${hoursText(v.plannedMinutes)}`,
    },
    {
      title: t('visitCompliance.visit.report'),
      key: 'report',
      render: (_, v) => (
        <Space orientation="vertical" size={0}>
          <ReportTag v={v} />
          {v.reportDueAt && v.reportState !== 'not_done' ? (
            <Typography.Text type="secondary">
              {t('visitCompliance.visit.reportDue', { at: formatDateTimeMinutes(v.reportDueAt) })}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
  ];
}

/** VIS-2/VIS-7: one person's month — the figures, and the visits behind them (cards on a phone). */
export function RepMonth({ repId, month }: { repId: string; month: string | undefined }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;
  const q = useRepCompliance(repId, month);
  if (q.error) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <Skeleton active />;
  const visits = q.data.visits;
  return (
    <div data-testid="rep-month">
      <FiguresSummary figures={q.data.row} testId="rep-figures" />
      {visits.length === 0 ? (
        <Empty description={t('visitCompliance.visit.empty')} />
      ) : narrow ? (
        <div>
          {visits.map((v) => (
            <Card key={v.id} size="small" style={{ marginBottom: 8 }} data-testid="rep-visit-card">
              <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                <Typography.Text strong>{v.customer.name}</Typography.Text>
                <Typography.Text type="secondary">
                  {v.plannedOn} · {purposeLabel(t, v.purpose)} · {enumLabel(t, 'status', v.status)}
                </Typography.Text>
                {v.checkInAt ? <Typography.Text>{when(v)}</Typography.Text> : null}
                <Space size={4} wrap>
                  <Tag color={v.fromPlan ? 'blue' : undefined}>
                    {v.fromPlan ? t('visitCompliance.visit.fromPlan') : t('visitCompliance.visit.adHoc')}
                  </Tag>
                  <ReportTag v={v} />
                </Space>
              </Space>
            </Card>
          ))}
        </div>
      ) : (
        <Table<TComplianceVisit>
          rowKey="id"
          size="small"
          columns={columns(t)}
          dataSource={visits}
          pagination={visits.length > 50 ? { pageSize: 50 } : false}
          scroll={{ x: 'max-content' }}
          data-testid="rep-visits"
        />
      )}
    </div>
  );
}
