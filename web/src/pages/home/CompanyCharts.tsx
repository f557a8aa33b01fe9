import type { EChartsOption } from 'echarts';
import { useTranslation } from 'react-i18next';
import { formatChartYuan } from '../../components/format';
import { yuanOf } from './charts';
import type { TWorkbenchCompany } from './hooks';
import { ChartCard } from './parts/ChartCard';

const axisYuan = (v: number) => formatChartYuan(v).replace(/\.\d\d$/, '');
const monthName = (m: string) => `${Number(m.slice(5, 7))}`;

/** PLAN-5: targets vs actual sales by month of the year (bars) and completion (line); a month opens its records. */
export function TargetsByMonthChart({ data }: { data: TWorkbenchCompany }) {
  const { t } = useTranslation();
  const option: EChartsOption = {
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: data.byMonth.map((m) => t('workbench.company.monthShort', { m: monthName(m.month) })),
    },
    yAxis: [
      { type: 'value', axisLabel: { formatter: axisYuan } },
      { type: 'value', axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      {
        name: t('workbench.company.target'),
        type: 'bar',
        barMaxWidth: 18,
        itemStyle: { color: '#d9d9d9' },
        tooltip: { valueFormatter: (v) => formatChartYuan(Number(v)) },
        data: data.byMonth.map((m) => yuanOf(m.target)),
      },
      {
        name: t('workbench.company.actual'),
        type: 'bar',
        barMaxWidth: 18,
        itemStyle: { color: '#1677ff' },
        tooltip: { valueFormatter: (v) => formatChartYuan(Number(v)) },
        data: data.byMonth.map((m) => yuanOf(m.actual)),
      },
      {
        name: t('workbench.company.completion'),
        type: 'line',
        yAxisIndex: 1,
        tooltip: { valueFormatter: (v) => (v === null || v === undefined ? '—' : `${v}%`) },
        data: data.byMonth.map((m) => m.completionPct),
      },
    ],
  };
  const links = data.byMonth.map((m) => m.link);
  return (
    <ChartCard
      testId="company-by-month"
      title={t('workbench.company.byMonth')}
      option={option}
      links={[links, links, links]}
      height={300}
    />
  );
}

/**
 * AR-9: by the month instalments fall due — what fell due, what of it is collected and what is
 * overdue today — and the money collected (confirmed) in each month.
 */
export function TrendChart({ trend }: { trend: NonNullable<TWorkbenchCompany['trend']> }) {
  const { t } = useTranslation();
  const option: EChartsOption = {
    grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => formatChartYuan(Number(v)) },
    xAxis: {
      type: 'category',
      data: trend.map((m) => t('workbench.company.monthShort', { m: monthName(m.month) })),
    },
    yAxis: { type: 'value', axisLabel: { formatter: axisYuan } },
    series: [
      {
        name: t('workbench.company.due'),
        type: 'bar',
        barMaxWidth: 16,
        itemStyle: { color: '#d9d9d9' },
        data: trend.map((m) => yuanOf(m.dueFen)),
      },
      {
        name: t('workbench.company.collectedOnDue'),
        type: 'bar',
        barMaxWidth: 16,
        itemStyle: { color: '#52c41a' },
        data: trend.map((m) => yuanOf(m.collectedOnDueFen)),
      },
      {
        name: t('workbench.company.overdue'),
        type: 'line',
        itemStyle: { color: '#ff4d4f' },
        data: trend.map((m) => yuanOf(m.overdueFen)),
      },
      {
        name: t('workbench.company.collected'),
        type: 'line',
        itemStyle: { color: '#1677ff' },
        data: trend.map((m) => yuanOf(m.collectedFen)),
      },
    ],
  };
  const links = trend.map((m) => m.link);
  return (
    <ChartCard
      testId="company-trend"
      title={t('workbench.company.trend')}
      option={option}
      links={[links, links, links, links]}
      height={300}
    />
  );
}

/** CUS-8: the funnel — how many opportunities reached each stage; a click opens the funnel page. */
export function FunnelChartCard({ funnel }: { funnel: NonNullable<TWorkbenchCompany['funnel']> }) {
  const { t } = useTranslation();
  const option: EChartsOption = {
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        top: 8,
        bottom: 8,
        left: '10%',
        width: '80%',
        minSize: '10%',
        gap: 2,
        label: { show: true, position: 'inside', formatter: '{b}: {c}' },
        data: funnel.stages.map((s) => ({ name: t(`opportunities.stages.${s.stage}`), value: s.reached })),
      },
    ],
  };
  return (
    <ChartCard
      testId="company-funnel"
      title={t('workbench.company.funnel')}
      option={option}
      links={[funnel.stages.map(() => funnel.link)]}
      empty={funnel.total === 0 ? t('workbench.pipeline.none') : false}
      height={260}
    />
  );
}
