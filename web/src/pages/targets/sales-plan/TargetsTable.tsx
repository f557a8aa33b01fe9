import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../../i18n/labels';
import type { TSalesPlan } from './hooks';
import { metricValueText } from './metric-value';
import { type MetricRow, MONTHS, monthsGap, toGrid } from './targets-grid';

type Row = MetricRow & { metric: string };

/**
 * PLAN-1: the plan's company targets — a row per metric, the year and its months (¥ for amounts);
 * where months are set and do not add up to the year, the gap in red (PLAN-3's rule, shown here
 * for the company's own split over the months).
 */
export function TargetsTable({ plan }: { plan: TSalesPlan }) {
  const { t } = useTranslation();
  const metrics = [...new Set([...plan.metrics, ...plan.targets.map((x) => x.metric)])];
  const grid = toGrid(plan.year, metrics, plan.targets);
  const rows: Row[] = metrics.map((metric) => ({ metric, ...grid[metric]! }));
  const hasMonths = rows.some((r) => r.months.some((m) => m !== null));
  const cell = (metric: string, v: string | null) =>
    v === null ? <Typography.Text type="secondary">—</Typography.Text> : metricValueText(metric, v);
  const columns: ColumnsType<Row> = [
    {
      title: t('salesPlans.targets.metric'),
      key: 'metric',
      fixed: 'left',
      width: 110,
      render: (_, r) => enumLabel(t, 'metric', r.metric),
    },
    {
      title: t('salesPlans.targets.year', { year: plan.year }),
      key: 'year',
      align: 'right',
      width: 170,
      render: (_, r) => <Typography.Text strong>{cell(r.metric, r.year)}</Typography.Text>,
    },
    ...(hasMonths
      ? [
          ...MONTHS.map((m, i) => ({
            title: t('salesPlans.targets.month', { month: Number(m) }),
            key: m,
            align: 'right' as const,
            width: 130,
            render: (_: unknown, r: Row) => cell(r.metric, r.months[i] ?? null),
          })),
          {
            title: t('salesPlans.targets.gap'),
            key: 'gap',
            align: 'right' as const,
            width: 150,
            render: (_: unknown, r: Row) => {
              const gap = monthsGap(r);
              if (gap === null) return '';
              return gap === 0n ? (
                <Typography.Text type="success">{t('salesPlans.targets.balanced')}</Typography.Text>
              ) : (
                <Typography.Text type="danger" data-testid="targets-gap">
                  {gap < 0n ? '-' : ''}
                  {metricValueText(r.metric, String(gap < 0n ? -gap : gap))}
                </Typography.Text>
              );
            },
          },
        ]
      : []),
  ];
  return (
    <Table<Row>
      rowKey="metric"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={columns}
      scroll={{ x: 'max-content' }}
      data-testid="sales-plan-targets"
    />
  );
}
