import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactECharts from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import type { TComplianceRow } from './hooks';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/**
 * VIS-7: per person, planned visits against those done (from the plan and ad hoc) as bars, and
 * the completion in percent as a line on its own axis. A click on a person opens their month.
 */
export function ComplianceChart({
  rows,
  onPick,
  narrow,
}: {
  rows: TComplianceRow[];
  onPick: (row: TComplianceRow) => void;
  narrow: boolean;
}) {
  const { t } = useTranslation();
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.rep.displayName),
      axisLabel: { interval: 0, rotate: narrow || rows.length > 8 ? 40 : 0 },
    },
    yAxis: [
      { type: 'value', name: t('visitCompliance.chart.visits'), minInterval: 1 },
      { type: 'value', name: '%', min: 0, max: 100, splitLine: { show: false } },
    ],
    color: ['#91a7d0', '#5470c6', '#91cc75', '#ee6666'],
    series: [
      { name: t('visitCompliance.columns.planned'), type: 'bar', data: rows.map((r) => r.planned) },
      { name: t('visitCompliance.columns.plannedDone'), type: 'bar', data: rows.map((r) => r.plannedDone) },
      { name: t('visitCompliance.columns.adHoc'), type: 'bar', data: rows.map((r) => r.doneAdHoc) },
      {
        name: t('visitCompliance.columns.completion'),
        type: 'line',
        yAxisIndex: 1,
        data: rows.map((r) => r.completionPct),
        connectNulls: false,
      },
    ],
  };
  return (
    <div data-testid="visit-compliance-chart">
      <ReactECharts
        echarts={echarts}
        option={option}
        style={{ height: narrow ? 280 : 340 }}
        notMerge
        onEvents={{
          click: (p: { dataIndex: number }) => {
            const row = rows[p.dataIndex];
            if (row) onPick(row);
          },
        }}
      />
    </div>
  );
}
