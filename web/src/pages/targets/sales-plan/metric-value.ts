import { formatFenText } from '../../../components/format';

/** PLAN-2: the metrics whose targets are amounts in fen; the others are counts. */
export const moneyMetrics: readonly string[] = ['signed_amount', 'collected_amount'];

export const isMoneyMetric = (metric: string): boolean => moneyMetrics.includes(metric);

/** A target's value as people read it: ¥ for amounts, grouped digits for counts; '' when none. */
export function metricValueText(metric: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (isMoneyMetric(metric)) return formatFenText(value);
  return /^\d+$/.test(value) ? value.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : value;
}
