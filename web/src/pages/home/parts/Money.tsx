import { Card, Col, Flex, Row, Typography } from 'antd';
import type { EChartsOption } from 'echarts';
import { useTranslation } from 'react-i18next';
import { formatChartYuan } from '../../../components/format';
import { yuanOf } from '../charts';
import type { TAgingBuckets, TCollectionsPlan, TOverdue } from '../hooks';
import { ChartCard } from './ChartCard';
import { FigureLink, MoneyLink, pctText } from './Figure';

/** AR-9: this month's plan — the instalments falling due this month against the money confirmed on them. */
export function CollectionsCard({ plan, prefix }: { plan: TCollectionsPlan; prefix: string }) {
  const { t } = useTranslation();
  const option: EChartsOption = {
    grid: { left: 8, right: 96, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v) => formatChartYuan(Number(v)) },
    xAxis: { type: 'value', axisLabel: { show: false } },
    yAxis: { type: 'category', data: [t('workbench.money.due'), t('workbench.money.collectedOnDue')] },
    series: [
      {
        type: 'bar',
        barMaxWidth: 28,
        label: { show: true, position: 'right', formatter: (p) => formatChartYuan(Number(p.value)) },
        data: [
          { value: yuanOf(plan.dueFen), itemStyle: { color: '#bfbfbf' } },
          { value: yuanOf(plan.collectedFen), itemStyle: { color: '#1677ff' } },
        ],
      },
    ],
  };
  return (
    <ChartCard
      testId={`${prefix}-collections`}
      title={t('workbench.money.plan')}
      extra={
        <FigureLink to={plan.link} testId={`${prefix}-collections-rate`}>
          {t('workbench.money.rate', { pct: pctText(plan.ratePct) })}
        </FigureLink>
      }
      option={option}
      links={[[plan.link, plan.link]]}
      height={140}
    />
  );
}

/** AR-5: what is overdue today: amount, instalments, the oldest. */
export function OverdueCard({ overdue, prefix }: { overdue: TOverdue; prefix: string }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={t('workbench.money.overdue')}
      style={{ height: '100%' }}
      data-testid={`${prefix}-overdue-card`}
    >
      <Flex vertical gap={4}>
        <div style={{ fontSize: 24 }}>
          <MoneyLink fen={overdue.amountFen} to={overdue.link} testId={`${prefix}-overdue`} danger strong />
        </div>
        <FigureLink to={overdue.link} testId={`${prefix}-overdue-count`}>
          {t('workbench.money.overdueCount', { count: overdue.count })}
        </FigureLink>
        {overdue.oldestDueDate && (
          <Typography.Text type="secondary">
            {t('workbench.money.oldest', { date: overdue.oldestDueDate, days: overdue.oldestDays })}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

/** AR-9: open receivables by days overdue; a bar opens the bucket's instalments. */
export function AgingChart({ aging, prefix }: { aging: TAgingBuckets; prefix: string }) {
  const { t } = useTranslation();
  const names = aging.buckets.map((b) =>
    b.toDays === null
      ? t('workbench.money.bucketFrom', { from: b.fromDays })
      : t('workbench.money.bucket', { from: b.fromDays, to: b.toDays }),
  );
  const option: EChartsOption = {
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v) => formatChartYuan(Number(v)) },
    xAxis: { type: 'category', data: names },
    yAxis: {
      type: 'value',
      axisLabel: { formatter: (v: number) => formatChartYuan(v).replace(/\.\d\d$/, '') },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 40,
        itemStyle: { color: '#ff7875' },
        data: aging.buckets.map((b) => yuanOf(b.amountFen)),
      },
    ],
  };
  return (
    <ChartCard
      testId={`${prefix}-aging`}
      title={t('workbench.money.aging')}
      extra={
        <Typography.Text type="secondary">
          {t('workbench.money.openTotal')}{' '}
          <MoneyLink fen={aging.totalOpenFen} to={aging.link} testId={`${prefix}-aging-total`} />
        </Typography.Text>
      }
      option={option}
      links={[aging.buckets.map((b) => b.link)]}
      empty={BigInt(aging.overdueFen) === 0n ? t('workbench.money.noOverdue') : false}
      footer={<AgingFigures aging={aging} prefix={prefix} />}
    />
  );
}

/** The aging buckets as linked amounts (for a phone and the browser test). */
export function AgingFigures({ aging, prefix }: { aging: TAgingBuckets; prefix: string }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[8, 8]}>
      {aging.buckets.map((b) => (
        <Col key={b.key} span={12}>
          <Typography.Text type="secondary">
            {b.toDays === null
              ? t('workbench.money.bucketFrom', { from: b.fromDays })
              : t('workbench.money.bucket', { from: b.fromDays, to: b.toDays })}
          </Typography.Text>
          <div>
            <MoneyLink fen={b.amountFen} to={b.link} testId={`${prefix}-bucket-${b.key}`} danger />
          </div>
        </Col>
      ))}
    </Row>
  );
}
