import type { EChartsOption } from 'echarts';
import { useTranslation } from 'react-i18next';
import { formatChartYuan } from '../../../components/format';
import { yuanOf } from '../charts';
import type { TPipeline } from '../hooks';
import { ChartCard } from './ChartCard';
import { MoneyLink } from './Figure';

/** CUS-8: the open pipeline by stage: amount and weighted amount; a bar opens that stage's list. */
export function PipelineByStage({ pipeline, prefix }: { pipeline: TPipeline; prefix: string }) {
  const { t } = useTranslation();
  const stages = pipeline.byStage.map((s) => t(`opportunities.stages.${s.stage}`));
  const option: EChartsOption = {
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => formatChartYuan(Number(v)) },
    xAxis: { type: 'category', data: stages },
    yAxis: {
      type: 'value',
      axisLabel: { formatter: (v: number) => formatChartYuan(v).replace(/\.\d\d$/, '') },
    },
    series: [
      {
        name: t('workbench.pipeline.amount'),
        type: 'bar',
        barMaxWidth: 32,
        data: pipeline.byStage.map((s) => yuanOf(s.amountFen)),
      },
      {
        name: t('workbench.pipeline.weighted'),
        type: 'bar',
        barMaxWidth: 32,
        data: pipeline.byStage.map((s) => yuanOf(s.weightedFen)),
      },
    ],
  };
  const links = pipeline.byStage.map((s) => s.link);
  return (
    <ChartCard
      testId={`${prefix}-pipeline-stages`}
      title={t('workbench.pipeline.byStage')}
      extra={<MoneyLink fen={pipeline.amountFen} to={pipeline.link} testId={`${prefix}-pipeline`} />}
      option={option}
      links={[links, links]}
      empty={pipeline.count === 0 ? t('workbench.pipeline.none') : false}
    />
  );
}

/** CUS-8: open opportunities by expected close month (the forecast: amount and weighted). */
export function PipelineByMonth({
  pipeline,
  prefix,
  title,
}: {
  pipeline: TPipeline;
  prefix: string;
  title?: string;
}) {
  const { t } = useTranslation();
  const months = pipeline.byMonth.map((m) => m.month ?? t('workbench.pipeline.noDate'));
  const option: EChartsOption = {
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => formatChartYuan(Number(v)) },
    xAxis: { type: 'category', data: months },
    yAxis: {
      type: 'value',
      axisLabel: { formatter: (v: number) => formatChartYuan(v).replace(/\.\d\d$/, '') },
    },
    series: [
      {
        name: t('workbench.pipeline.amount'),
        type: 'bar',
        barMaxWidth: 32,
        data: pipeline.byMonth.map((m) => yuanOf(m.amountFen)),
      },
      {
        name: t('workbench.pipeline.weighted'),
        type: 'line',
        data: pipeline.byMonth.map((m) => yuanOf(m.weightedFen)),
      },
    ],
  };
  const links = pipeline.byMonth.map((m) => m.link);
  return (
    <ChartCard
      testId={`${prefix}-pipeline-months`}
      title={title ?? t('workbench.pipeline.byMonth')}
      extra={
        <MoneyLink fen={pipeline.weightedFen} to={pipeline.link} testId={`${prefix}-pipeline-weighted`} />
      }
      option={option}
      links={[links, links]}
      empty={pipeline.count === 0 ? t('workbench.pipeline.none') : false}
    />
  );
}
