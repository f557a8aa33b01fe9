import { Card, Empty, Skeleton } from 'antd';
import { HeatmapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactECharts from 'echarts-for-react/esm/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { axis, cellFilter, heatPoints } from './heatmap';
import { useRiskHeatmap } from './hooks';

echarts.use([HeatmapChart, GridComponent, TooltipComponent, CanvasRenderer]);

/**
 * RISK-1: the 5×5 heat map of the open risks in the reader's scope — impact across, likelihood
 * up, each cell coloured by its level (policy risk.levelBands) with its count; a click on a cell
 * filters the register to it.
 */
export function RiskHeatmap({
  onCell,
  title,
  extra,
  height = 300,
}: {
  onCell: (filter: { likelihood: number; impact: number }) => void;
  title?: ReactNode;
  extra?: ReactNode;
  height?: number;
}) {
  const { t } = useTranslation();
  const query = useRiskHeatmap();
  const data = query.data;
  return (
    <Card size="small" title={title ?? t('risks.heatmap.title')} extra={extra} data-testid="risk-heatmap">
      {query.error ? (
        <ErrorAlert error={query.error} />
      ) : !data ? (
        <Skeleton active />
      ) : data.total === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('risks.heatmap.empty')} />
      ) : (
        <ReactECharts
          echarts={echarts}
          notMerge
          style={{ height, width: '100%' }}
          opts={{ renderer: 'canvas' }}
          onEvents={{
            click: (p: { value?: number[] }) => {
              const f = p.value ? cellFilter(p.value) : null;
              if (f) onCell(f);
            },
          }}
          option={{
            tooltip: {
              formatter: (p: unknown) => {
                const v = (p as { value: number[] }).value;
                return t('risks.heatmap.tooltip', { likelihood: v[1]! + 1, impact: v[0]! + 1, count: v[2] });
              },
            },
            grid: { left: 48, right: 12, top: 12, bottom: 44 },
            xAxis: {
              type: 'category',
              data: axis,
              name: t('risks.fields.impact'),
              nameLocation: 'middle',
              nameGap: 28,
              splitArea: { show: true },
            },
            yAxis: {
              type: 'category',
              data: axis,
              name: t('risks.fields.likelihood'),
              nameLocation: 'middle',
              nameGap: 28,
              splitArea: { show: true },
            },
            series: [
              {
                type: 'heatmap',
                data: heatPoints(data.cells),
                label: {
                  show: true,
                  formatter: (p: { value: number[] }) => (p.value[2] ? String(p.value[2]) : ''),
                },
                itemStyle: { borderColor: '#fff', borderWidth: 2 },
              },
            ],
          }}
        />
      )}
    </Card>
  );
}
