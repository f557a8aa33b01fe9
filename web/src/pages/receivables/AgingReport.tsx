import { Card, Empty, Segmented, Skeleton, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactECharts from 'echarts-for-react/esm/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAging } from '../../api/hooks/receivables';
import type { TAging, TAgingGroupBy, TAgingRow } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fenToYuan, formatChartYuan, formatFenText } from '../../components/format';
import { bucketLabel } from './receivable-tags';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const groups: TAgingGroupBy[] = ['rep', 'unit', 'region', 'customer'];

/** A cell of the report: not yet due, or one of the buckets. */
export type AgingCell = { kind: 'notDue' } | { kind: 'bucket'; key: string; label: string };

/** The list filters a cell drills into (the row's key by its group, and the column). */
export function drillParams(groupBy: TAgingGroupBy, row: TAgingRow, cell: AgingCell | null): URLSearchParams {
  const p = new URLSearchParams({ tab: 'list' });
  if (groupBy === 'rep') p.set('ownerId', row.key);
  if (groupBy === 'unit') {
    p.set('unitId', row.key);
    p.set('unitTree', 'false');
  }
  if (groupBy === 'region') p.set('unitId', row.key);
  if (groupBy === 'customer') p.set('customerId', row.key);
  if (cell?.kind === 'notDue') {
    p.append('status', 'not_due');
    p.append('status', 'due_soon');
  }
  if (cell?.kind === 'bucket') p.set('bucket', cell.key);
  return p;
}

/** Fen digit string → a yuan number for the chart's bar heights only (display, not money math). */
const chartYuan = (fen: string) => Number(fenToYuan(BigInt(fen)));

/**
 * AR-9: aging of the open receivables by rep, unit, region or customer — not yet due and one
 * column per bucket of the policy; a stacked bar chart and a table. Clicking a bar or a cell opens
 * the list filtered by that group and bucket.
 */
export function AgingReport({ onDrill }: { onDrill: (params: URLSearchParams) => void }) {
  const { t } = useTranslation();
  const [groupBy, setGroupBy] = useState<TAgingGroupBy>('rep');
  const aging = useAging({ groupBy });
  const data: TAging | undefined = aging.data;

  const drill = (row: TAgingRow, cell: AgingCell | null) => {
    const p = drillParams(groupBy, row, cell);
    const what = cell === null ? '' : cell.kind === 'notDue' ? t('receivables.aging.notDue') : cell.label;
    p.set('drillLabel', [row.label, what].filter(Boolean).join(' · '));
    onDrill(p);
  };

  const cells: AgingCell[] = data
    ? [
        { kind: 'notDue' },
        ...data.buckets.map((b, i) => ({ kind: 'bucket' as const, key: b.key, label: bucketLabel(t, b, i) })),
      ]
    : [];
  const cellLabel = (c: AgingCell) => (c.kind === 'notDue' ? t('receivables.aging.notDue') : c.label);
  const cellFen = (row: Pick<TAgingRow, 'notDueFen' | 'bucketFen'>, i: number) =>
    i === 0 ? row.notDueFen : (row.bucketFen[i - 1] ?? '0');

  const columns: ColumnsType<TAgingRow> = [
    {
      title: t(`receivables.aging.groups.${groupBy}`),
      key: 'label',
      fixed: 'left',
      render: (_, r) => <Typography.Link onClick={() => drill(r, null)}>{r.label}</Typography.Link>,
    },
    ...cells.map((c, i) => ({
      title: cellLabel(c),
      key: `c${i}`,
      align: 'right' as const,
      render: (_: unknown, r: TAgingRow) => {
        const fen = cellFen(r, i);
        return fen === '0' ? (
          <Typography.Text type="secondary">-</Typography.Text>
        ) : (
          <Typography.Link onClick={() => drill(r, c)} data-testid="aging-cell">
            {formatFenText(fen)}
          </Typography.Link>
        );
      },
    })),
    {
      title: t('receivables.aging.total'),
      key: 'total',
      align: 'right',
      render: (_, r) => <strong>{formatFenText(r.totalOpenFen)}</strong>,
    },
  ];

  const option = data && {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: number) => formatChartYuan(v),
    },
    legend: { top: 0 },
    grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: data.rows.map((r) => r.label), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', name: t('receivables.aging.yuan') },
    color: [
      '#91cc75',
      '#fac858',
      '#fc8452',
      '#ee6666',
      '#9a60b4',
      '#73c0de',
      '#3ba272',
      '#ea7ccc',
      '#5470c6',
    ],
    series: cells.map((c, i) => ({
      name: cellLabel(c),
      type: 'bar',
      stack: 'open',
      emphasis: { focus: 'series' },
      data: data.rows.map((r) => chartYuan(cellFen(r, i))),
    })),
  };

  return (
    <>
      <Segmented<TAgingGroupBy>
        value={groupBy}
        onChange={setGroupBy}
        options={groups.map((g) => ({ value: g, label: t(`receivables.aging.groups.${g}`) }))}
        style={{ marginBottom: 16 }}
        data-testid="aging-group"
      />
      <ErrorAlert error={aging.error} onRetry={() => void aging.refetch()} />
      {aging.isPending ? (
        <Skeleton active />
      ) : !data || data.rows.length === 0 ? (
        <Empty description={t('receivables.aging.empty')} />
      ) : (
        <>
          <Card size="small" style={{ marginBottom: 16 }}>
            <ReactECharts
              echarts={echarts}
              option={option}
              style={{ height: 360 }}
              notMerge
              onEvents={{
                click: (p: { dataIndex: number; seriesIndex: number }) => {
                  const row = data.rows[p.dataIndex];
                  const cell = cells[p.seriesIndex];
                  if (row && cell) drill(row, cell);
                },
              }}
            />
          </Card>
          <Table<TAgingRow>
            rowKey="key"
            size="middle"
            scroll={{ x: 'max-content' }}
            columns={columns}
            dataSource={data.rows}
            pagination={data.rows.length > 50 ? { pageSize: 50 } : false}
            loading={aging.isFetching}
            data-testid="aging-table"
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <strong>{t('receivables.aging.totals')}</strong>
                </Table.Summary.Cell>
                {cells.map((c, i) => (
                  <Table.Summary.Cell
                    index={i + 1}
                    key={c.kind === 'bucket' ? c.key : 'notDue'}
                    align="right"
                  >
                    {formatFenText(cellFen(data.totals, i))}
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={cells.length + 1} align="right">
                  <strong>{formatFenText(data.totals.totalOpenFen)}</strong>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('receivables.aging.asOf', { date: data.today })}
          </Typography.Paragraph>
        </>
      )}
    </>
  );
}
