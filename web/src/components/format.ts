import type { Locale } from '../i18n';

// Dates and times: one formatter module, on the company's wall clock (company-time.ts).
export {
  dateRangeQuery,
  formatDate,
  formatDateTime,
  formatDateTimeMinutes,
  formatRelative,
} from './company-time';

/** Picks the text for the UI language from a server {'zh-CN', en} pair. */
export function localized(text: Record<Locale, string>, locale: string): string {
  return locale === 'en' ? text.en : text['zh-CN'];
}

/** Roles carry both names; show the one for the UI language. */
export function roleName(role: { nameZh: string; nameEn: string }, locale: string): string {
  return locale === 'en' ? role.nameEn : role.nameZh;
}

/** Policy and audit values are arbitrary JSON. */
export function formatJson(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}

// ---------------------------------------------------------------- money
// Money is integer fen. It is shown and typed as yuan and converted through strings and BigInt,
// so no float ever touches an amount.

const YUAN_TEXT = /^(-?)(\d*)(?:\.(\d*))?$/;
const FEN_DIGITS = /^\d{1,15}$/;

/** 123456n → "1234.56"; -5n → "-0.05". */
export function fenToYuan(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const yuan = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${yuan}.${cents}`;
}

/** "1234.56" → 123456n exactly; more than two decimals or anything not a number → null. */
export function yuanToFen(text: string | number | null | undefined): bigint | null {
  if (text === null || text === undefined) return null;
  const match = YUAN_TEXT.exec(String(text).trim());
  if (!match) return null;
  const [, sign, whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  if (fraction.length > 2) return null;
  const fen = BigInt(whole || '0') * 100n + BigInt(fraction.padEnd(2, '0'));
  return sign === '-' ? -fen : fen;
}

/** Digits grouped by thousands: "1234567" → "1,234,567". */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 123456n → "¥1,234.56". */
export function formatYuan(fen: bigint): string {
  const text = fenToYuan(fen);
  const negative = text.startsWith('-');
  const [whole = '0', cents = '00'] = (negative ? text.slice(1) : text).split('.');
  return `${negative ? '-' : ''}¥${groupThousands(whole)}.${cents}`;
}

/**
 * A typed yuan amount → the fen digit string the API takes ("12.5" → "1250"); blank → null.
 * Not an amount (negative, more than two decimals, text, more than 15 digits of fen) → undefined,
 * which a form rule reports (see isYuanInput).
 */
export function yuanInputToFenText(text: string | null | undefined): string | null | undefined {
  if (text === null || text === undefined || text.trim() === '') return null;
  const fen = yuanToFen(text);
  if (fen === null || fen < 0n) return undefined;
  const digits = fen.toString();
  return FEN_DIGITS.test(digits) ? digits : undefined;
}

/** Whether a typed amount (yuan, up to two decimals, not negative) converts to fen; blank counts. */
export function isYuanInput(text: string | null | undefined): boolean {
  return yuanInputToFenText(text) !== undefined;
}

/** The API's fen digit string → the yuan text a form field shows ("1250" → "12.50"); null → ''. */
export function fenTextToYuanInput(fen: string | null | undefined): string {
  if (!fen || !FEN_DIGITS.test(fen)) return '';
  return fenToYuan(BigInt(fen));
}

/**
 * A chart's value in yuan (charts plot numbers) → "¥1,234.50", the same text as everywhere else;
 * the number came from exact fen, so rounding it to two decimals gives that fen back.
 */
export function formatChartYuan(yuan: number): string {
  const fen = Number.isFinite(yuan) ? yuanToFen(yuan.toFixed(2)) : null;
  return fen === null ? '' : formatYuan(fen);
}

/** The API's fen digit string → "¥1,234.56"; null → ''. */
export function formatFenText(fen: string | null | undefined): string {
  if (!fen || !/^-?\d+$/.test(fen)) return '';
  return formatYuan(BigInt(fen));
}

/** 1536 → "1.5 KB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
