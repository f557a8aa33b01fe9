import { formatFenText } from '../../components/format';
import type { TContest } from './hooks';

/** A contest's figure as text: money as ¥, a count as a number. */
export function contestValue(metric: TContest['metric'], value: string): string {
  return metric === 'signed_amount' || metric === 'collected_amount'
    ? formatFenText(value)
    : BigInt(value).toLocaleString('en-US');
}
