// Money typed in a form: what a person types is kept as text (digits, one point, two decimals),
// shown with thousands separators as it is typed and read as integer fen through BigInt — never
// through a float (see format.ts).

import { formatYuan, yuanInputToFenText } from './format';

/** Whole yuan digits a typed amount may have: 13, so the fen fit the server's 15 digits. */
const MAX_WHOLE_DIGITS = 13;

/** Full-width digits and points (typed with a Chinese input method) as their ASCII forms. */
function halfWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
  if (ch === '。' || ch === '．') return '.';
  return ch;
}

/**
 * What a person typed, kept as an amount: digits and one decimal point, at most two decimals and
 * 13 whole digits; separators, ¥, spaces and anything else dropped; leading zeros trimmed.
 * "¥1,234.567" → "1234.56"; "007" → "7"; ".5" → "0.5".
 */
export function cleanTypedYuan(text: string): string {
  let whole = '';
  let fraction: string | null = null;
  for (const raw of text) {
    const ch = halfWidth(raw);
    if (ch === '.') {
      fraction ??= '';
    } else if (ch >= '0' && ch <= '9') {
      if (fraction === null) {
        if (whole.length < MAX_WHOLE_DIGITS) whole += ch;
      } else if (fraction.length < 2) fraction += ch;
    }
  }
  whole = whole.replace(/^0+(?=\d)/, '');
  if (fraction === null) return whole;
  return `${whole === '' ? '0' : whole}.${fraction}`;
}

/** A cleaned amount with its whole part grouped by thousands: "1234567.8" → "1,234,567.8". */
export function groupTypedYuan(clean: string): string {
  const [whole = '', fraction] = clean.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A cleaned amount → fen digits ("12.5" → "1250"); blank → null. */
export function typedYuanToFen(clean: string): string | null {
  return yuanInputToFenText(clean) ?? null;
}

/** Fen digits → the amount as shown in the field when it is not being typed: "123456" → "1,234.56". */
export function fenToTypedYuan(fen: string | null | undefined): string {
  if (!fen || !/^\d+$/.test(fen)) return '';
  return formatYuan(BigInt(fen)).replace('¥', '');
}

/**
 * Where the caret goes in the grouped text: after as many digits and points as were before it in
 * what was typed, so inserting a separator does not throw the caret to the end.
 */
export function caretAfterGrouping(typed: string, caret: number, grouped: string): number {
  const significant = cleanTypedYuan(typed.slice(0, caret)).length;
  let seen = 0;
  for (let i = 0; i < grouped.length; i++) {
    if (seen === significant) return i;
    if (grouped[i] !== ',') seen += 1;
  }
  return grouped.length;
}
