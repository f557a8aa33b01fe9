import { BarChart, FunnelChart, GaugeChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the 工作台's charts draw (the full build is large; see OpportunityFunnel).
echarts.use([
  BarChart,
  LineChart,
  GaugeChart,
  FunnelChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  CanvasRenderer,
]);

export { echarts };

/** Fen (digit string) → yuan as a chart number (charts plot numbers; the labels come back to exact text). */
export const yuanOf = (fen: string | null | undefined): number => (fen ? Number(BigInt(fen)) / 100 : 0);
