import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import { formatFenText } from '../../components/format';
import type { TRecordMetric } from './hooks';

/** Amount metrics are fen; volume and new customers are counts. */
export const isMoney = (metric: TRecordMetric | 'sales') =>
  metric === 'signed_amount' ||
  metric === 'collected_amount' ||
  metric === 'collection_rate' ||
  metric === 'sales';

/** A figure as text: money as ¥, a count with thousands separators. */
export function valueText(metric: TRecordMetric | 'sales', value: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return isMoney(metric) ? formatFenText(value) : BigInt(value).toLocaleString('en-US');
}

/** A percent with one decimal, or a dash when there is no base. */
export function pctText(pct: number | null | undefined): string {
  return pct === null || pct === undefined ? '—' : `${pct.toFixed(1)}%`;
}

/** Growth with its sign, red when down (the company's colours: growth green, decline red). */
export function GrowthText({ pct }: { pct: number | null }) {
  if (pct === null) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Typography.Text type={pct < 0 ? 'danger' : 'success'}>
      {pct > 0 ? '+' : ''}
      {pct.toFixed(1)}%
    </Typography.Text>
  );
}

/** The words of a metric (labels.enum.metric). */
export const metricLabel = (t: TFunction, metric: TRecordMetric) =>
  t(`labels.enum.metric.${metric}`, { defaultValue: t('labels.unknownValue') });
