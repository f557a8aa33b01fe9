/**
 * Money as text, exactly: amounts are integer fen (bigint, or a digit string on the API) and are
 * never turned into floating point on the way to yuan.
 */

function split(fen: bigint | string): { negative: boolean; yuan: string; cents: string } {
  const value = typeof fen === 'bigint' ? fen : BigInt(fen);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  return { negative, yuan: (abs / 100n).toString(), cents: (abs % 100n).toString().padStart(2, '0') };
}

/** Fen → yuan with two decimals, e.g. 123456 → "1234.56" (exports, plain numbers in files). */
export function fenToYuan(fen: bigint | string): string {
  const { negative, yuan, cents } = split(fen);
  return `${negative ? '-' : ''}${yuan}.${cents}`;
}

/** Fen → yuan for people to read, grouped by thousands, e.g. 123456789 → "1,234,567.89". */
export function yuanText(fen: bigint | string): string {
  const { negative, yuan, cents } = split(fen);
  return `${negative ? '-' : ''}${yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

/**
 * An amount as people read it in any text (notifications, mail, messages): 26600000 →
 * "¥266,000.00", -500 → "-¥5.00" — the same text as the web's formatYuan.
 */
export function moneyText(fen: bigint | string): string {
  const text = yuanText(fen);
  return text.startsWith('-') ? `-¥${text.slice(1)}` : `¥${text}`;
}

/**
 * Excel's number format for an amount cell: it reads "¥266,000.00" in the sheet and sums as a
 * number in the workbook.
 */
export const MONEY_CELL_FORMAT = '"¥"#,##0.00;-"¥"#,##0.00';

/**
 * The number an Excel amount cell holds: the yuan value parsed from the exact decimal text.
 * A workbook stores numbers as doubles; up to 15 significant digits (any amount the system
 * allows) read back exactly with the two-decimal format.
 */
export function moneyCellValue(fen: bigint | string): number {
  return Number(fenToYuan(fen));
}
