import { Card, Col, Flex, Progress, Row, Typography } from 'antd';
import type { EChartsOption } from 'echarts';
import { useTranslation } from 'react-i18next';
import { formatFenText } from '../../../components/format';
import { enumLabel } from '../../../i18n/labels';
import type { TKpi, TKpiSet } from '../hooks';
import { ChartCard } from './ChartCard';
import { MoneyLink, pctText } from './Figure';

type Pair = TKpiSet['sales'];

/** PLAN-6: completion against the time gone (pace): green at or above it, orange below. */
function completionColor(kpi: TKpi, pace: number): string | undefined {
  if (kpi.completionPct === null) return undefined;
  return kpi.completionPct >= pace ? '#52c41a' : '#fa8c16';
}

/** One period of a metric: the actual (linked to its records), the target, completion and growth. */
function PeriodFigures({
  kpi,
  label,
  pace,
  testId,
}: {
  kpi: TKpi;
  label: string;
  pace: number;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={2}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <div style={{ fontSize: 20 }}>
        <MoneyLink fen={kpi.actual} to={kpi.link} testId={testId} strong />
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {kpi.target === null
          ? t('workbench.kpi.noTarget')
          : t('workbench.kpi.target', { amount: formatFenText(kpi.target) })}
      </Typography.Text>
      {kpi.completionPct !== null && (
        <Progress
          percent={Math.min(100, kpi.completionPct)}
          format={() => pctText(kpi.completionPct)}
          strokeColor={completionColor(kpi, pace)}
          size="small"
        />
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('workbench.kpi.growth', { pct: pctText(kpi.growthPct), lastYear: formatFenText(kpi.lastYear) })}
      </Typography.Text>
    </Flex>
  );
}

/** A metric this month and this year. */
export function KpiCard({
  title,
  pair,
  pace,
  testId,
}: {
  title: string;
  pair: Pair;
  pace: { month: number; year: number };
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title} style={{ height: '100%' }} data-testid={testId}>
      <Row gutter={12}>
        <Col span={12}>
          <PeriodFigures
            kpi={pair.month}
            label={t('workbench.kpi.month')}
            pace={pace.month}
            testId={`${testId}-month`}
          />
        </Col>
        <Col span={12}>
          <PeriodFigures
            kpi={pair.year}
            label={t('workbench.kpi.year')}
            pace={pace.year}
            testId={`${testId}-year`}
          />
        </Col>
      </Row>
    </Card>
  );
}

/** PLAN-5/PLAN-6: the sales target's completion this month and year as two gauges, the pace beside. */
export function SalesGauges({
  pair,
  pace,
  salesMetric,
}: {
  pair: Pair;
  pace: { month: number; year: number };
  salesMetric: string;
}) {
  const { t } = useTranslation();
  const gauge = (kpi: TKpi, name: string, center: string, p: number) => ({
    type: 'gauge' as const,
    center: [center, '55%'],
    radius: '70%',
    min: 0,
    max: Math.max(100, Math.ceil((kpi.completionPct ?? 0) / 10) * 10),
    startAngle: 210,
    endAngle: -30,
    progress: { show: true, width: 12, itemStyle: { color: completionColor(kpi, p) ?? '#bfbfbf' } },
    axisLine: { lineStyle: { width: 12 } },
    axisTick: { show: false },
    splitLine: { show: false },
    axisLabel: { show: false },
    pointer: { show: false },
    title: { offsetCenter: [0, '78%'], fontSize: 11, lineHeight: 14, color: '#8c8c8c' },
    detail: {
      offsetCenter: [0, '5%'],
      fontSize: 18,
      formatter: () => pctText(kpi.completionPct),
    },
    data: [{ value: kpi.completionPct ?? 0, name }],
  });
  const option: EChartsOption = {
    tooltip: { show: false },
    series: [
      gauge(
        pair.month,
        `${t('workbench.kpi.month')}\n${t('workbench.kpi.pace', { pace: pace.month })}`,
        '25%',
        pace.month,
      ),
      gauge(
        pair.year,
        `${t('workbench.kpi.year')}\n${t('workbench.kpi.pace', { pace: pace.year })}`,
        '75%',
        pace.year,
      ),
    ],
  };
  return (
    <ChartCard
      testId="workbench-sales-gauges"
      title={t('workbench.kpi.completion', { metric: enumLabel(t, 'salesMetric', salesMetric) })}
      option={option}
      links={[[pair.month.link], [pair.year.link]]}
      height={180}
    />
  );
}

/** The KPI row every level shares: sales completion gauges, sales, signed, collected. */
export function KpiRow({
  kpis,
  pace,
  salesMetric,
  prefix,
}: {
  kpis: TKpiSet;
  pace: { month: number; year: number };
  salesMetric: string;
  prefix: string;
}) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={12} xl={6}>
        <SalesGauges pair={kpis.sales} pace={pace} salesMetric={salesMetric} />
      </Col>
      <Col xs={24} md={12} xl={6}>
        <KpiCard
          title={enumLabel(t, 'salesMetric', salesMetric)}
          pair={kpis.sales}
          pace={pace}
          testId={`${prefix}-sales`}
        />
      </Col>
      <Col xs={24} md={12} xl={6}>
        <KpiCard
          title={t('workbench.kpi.signed')}
          pair={kpis.signed}
          pace={pace}
          testId={`${prefix}-signed`}
        />
      </Col>
      <Col xs={24} md={12} xl={6}>
        <KpiCard
          title={t('workbench.kpi.collected')}
          pair={kpis.collected}
          pace={pace}
          testId={`${prefix}-collected`}
        />
      </Col>
    </Row>
  );
}
