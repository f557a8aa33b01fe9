import type { TFunction } from 'i18next';
import { formatFenText } from '../../components/format';
import type { TMeasure, TStatReportSummary } from './hooks';
import { periodParts } from './period';

/** The measures in the order the report shows them; amounts are fen. */
export const measures: { key: TMeasure; money: boolean; indicator: boolean }[] = [
  { key: 'volume', money: false, indicator: true },
  { key: 'signedAmount', money: true, indicator: true },
  { key: 'collectedAmount', money: true, indicator: true },
  { key: 'newCustomers', money: false, indicator: true },
  { key: 'visits', money: false, indicator: false },
  { key: 'inquiries', money: false, indicator: false },
  { key: 'inquiryCalls', money: false, indicator: false },
];

/** A period code in words: 2026年2月 / February 2026; 2026年第7周 / week 7 of 2026. */
export function periodText(t: TFunction, lang: string, code: string): string {
  const p = periodParts(code);
  if (p.kind === 'week') return t('statReports.period.week', { year: p.year, week: p.week });
  return new Intl.DateTimeFormat(lang === 'en' ? 'en' : 'zh-CN', {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(p.year, p.month - 1, 1)));
}

/** "华东销售部 2026年2月 月度统计报表". */
export function reportTitle(
  t: TFunction,
  lang: string,
  r: Pick<TStatReportSummary, 'unit' | 'period' | 'kind'>,
) {
  return t('statReports.reportTitle', {
    unit: r.unit.name,
    period: periodText(t, lang, r.period),
    kind: t(`statReports.kindTitle.${r.kind}`),
  });
}

/** A measure's name, marked when it is the sales amount (plan.salesBasis). */
export function measureName(t: TFunction, key: TMeasure, salesBasis: 'signed' | 'collected'): string {
  const sales =
    (key === 'signedAmount' && salesBasis === 'signed') ||
    (key === 'collectedAmount' && salesBasis === 'collected');
  return `${t(`statReports.measures.${key}`)}${sales ? t('statReports.salesAmountMark') : ''}`;
}

/** A figure's value as shown: amounts as ¥ with thousands, counts as they are. */
export function valueText(money: boolean, value: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return money ? formatFenText(value) : Number(value).toLocaleString('en-US');
}

/** A percent with one decimal, or a dash. */
export const pctText = (pct: number | null | undefined) =>
  pct === null || pct === undefined ? '—' : `${pct.toFixed(1)}%`;
