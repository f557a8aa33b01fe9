import { Card, Empty } from 'antd';
import type { EChartsOption } from 'echarts';
import ReactECharts from 'echarts-for-react/esm/core';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { echarts } from '../charts';

/**
 * A chart of the 工作台 in a card. A click on a bar, a point or a slice opens the list behind it:
 * `links[seriesIndex][dataIndex]` (or `links[0][dataIndex]` when the series share their links).
 */
export function ChartCard({
  title,
  option,
  links,
  height = 260,
  empty,
  extra,
  testId,
  footer,
}: {
  title: ReactNode;
  option: EChartsOption;
  links: (string | null)[][];
  height?: number;
  /** Nothing to draw: the card says so instead. */
  empty?: string | false;
  extra?: ReactNode;
  testId?: string;
  /** Figures under the chart (each linked, readable without the chart). */
  footer?: ReactNode;
}) {
  const navigate = useNavigate();
  const onClick = (p: { seriesIndex?: number; dataIndex?: number }) => {
    const row = links[p.seriesIndex ?? 0] ?? links[0];
    const to = row?.[p.dataIndex ?? -1];
    if (to) navigate(to);
  };
  return (
    <Card size="small" title={title} extra={extra} data-testid={testId} style={{ height: '100%' }}>
      {empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      ) : (
        <ReactECharts
          echarts={echarts}
          option={option}
          notMerge
          style={{ height, width: '100%' }}
          opts={{ renderer: 'canvas' }}
          onEvents={{ click: onClick }}
        />
      )}
      {footer}
    </Card>
  );
}
