import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactECharts from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import { pctText } from './figures';
import type { TBoardItem } from './hooks';
import { usePeriodText } from './PeriodPicker';

echarts.use([BarChart, GridComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

/** Bars at or above 100% are green, below the pace amber, without a target grey. */
const colour = (pct: number | null) => (pct === null ? '#d9d9d9' : pct >= 100 ? '#52c41a' : '#faad14');

/**
 * PLAN-6: the completion of the three periods before, oldest first, and the current one, as
 * small bars with the 100% line — a trend readable at a glance in a table row.
 */
export function TrendBars({ item, period }: { item: TBoardItem; period: string }) {
  const { t } = useTranslation();
  const words = usePeriodText();
  const points = [...item.trend, { period, completionPct: item.completionPct }];
  const option = {
    animation: false,
    grid: { left: 0, right: 0, top: 2, bottom: 2 },
    xAxis: { type: 'category', show: false, data: points.map((p) => words(p.period)) },
    yAxis: { type: 'value', show: false, min: 0, max: (v: { max: number }) => Math.max(v.max, 100) },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (ps: { dataIndex: number }[]) => {
        const p = points[ps[0]?.dataIndex ?? 0]!;
        return `${words(p.period)}: ${p.completionPct === null ? t('indicators.noTarget') : pctText(p.completionPct)}`;
      },
    },
    series: [
      {
        type: 'bar',
        barWidth: '60%',
        data: points.map((p) => ({
          value: p.completionPct ?? 0,
          itemStyle: { color: colour(p.completionPct) },
        })),
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: '#8c8c8c', type: 'dashed', width: 1 },
          data: [{ yAxis: 100 }],
        },
      },
    ],
  };
  return (
    <div
      role="img"
      aria-label={t('indicators.board.trendLabel', {
        values: points.map((p) => (p.completionPct === null ? '—' : pctText(p.completionPct))).join(' → '),
      })}
      data-testid="trend-bars"
    >
      <ReactECharts
        echarts={echarts}
        option={option}
        notMerge
        style={{ width: 96, height: 32 }}
        opts={{ renderer: 'canvas' }}
      />
    </div>
  );
}
