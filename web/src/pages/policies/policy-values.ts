import type { TFunction } from 'i18next';
import { fenToYuan, formatYuan, yuanToFen } from '../../components/format';

/** Money helpers live with the shared formatting; re-exported for the policy screens. */
export { fenToYuan, formatYuan, yuanToFen };

/**
 * Policy values by unit. Money policies hold integer fen; they are shown and entered as yuan,
 * converted through strings and BigInt so no float ever touches an amount.
 */

const FEN_TEXT = /^-?\d+$/;

/** Integer fen from what the server sent (a JSON number, a digit string or a bigint); null if not an integer. */
export function toFen(value: unknown): bigint | null {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : null;
  if (typeof value === 'string' && FEN_TEXT.test(value.trim())) return BigInt(value.trim());
  return null;
}

/** Units whose values are plain numbers with a unit word after them. */
const NUMBER_UNITS = new Set(['days', 'hours', 'minutes', 'count', 'points']);

export type ValueKind = 'fen' | 'number' | 'boolean' | 'text' | 'json';

/** The input a value needs: by its unit first, then by the type of the value itself. */
export function valueKind(unit: string, sample: unknown): ValueKind {
  if (unit === 'fen' && toFen(sample) !== null) return 'fen';
  if (typeof sample === 'boolean') return 'boolean';
  if (typeof sample === 'number') return 'number';
  if (typeof sample === 'string') return 'text';
  if (sample === null || sample === undefined)
    return NUMBER_UNITS.has(unit) || unit === 'percent' ? 'number' : 'text';
  return 'json';
}

/** A value in one line for a person, in the UI language. */
export function formatPolicyValue(value: unknown, unit: string, t: TFunction): string {
  if (value === null || value === undefined) return '—';
  if (unit === 'fen') {
    const fen = toFen(value);
    if (fen !== null) return formatYuan(fen);
  }
  if (typeof value === 'boolean') return value ? t('policies.yes') : t('policies.no');
  if (typeof value === 'number') {
    if (unit === 'percent') return `${value}%`;
    if (NUMBER_UNITS.has(unit)) return t(`policies.amount.${unit}`, { count: value });
    return String(value);
  }
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The form's text for a value (yuan for fen, pretty JSON for structures). */
export function toFormValue(kind: ValueKind, value: unknown): unknown {
  if (kind === 'fen') {
    const fen = toFen(value);
    return fen === null ? undefined : fenToYuan(fen);
  }
  if (kind === 'json') return value === undefined ? '' : JSON.stringify(value, null, 2);
  return value;
}

/**
 * What goes to the server. Fen are sent in the shape the policy already uses: a JSON number
 * while it is a safe integer and the default is a number, else a digit string.
 */
export function fromFormValue(kind: ValueKind, input: unknown, sample: unknown): unknown {
  if (kind === 'fen') {
    const fen = yuanToFen(input as string);
    if (fen === null) throw new Error('not an amount');
    const asNumber =
      typeof sample !== 'string' &&
      fen <= BigInt(Number.MAX_SAFE_INTEGER) &&
      fen >= BigInt(Number.MIN_SAFE_INTEGER);
    return asNumber ? Number(fen) : fen.toString();
  }
  if (kind === 'json') return JSON.parse(String(input));
  if (kind === 'text') return String(input ?? '');
  return input;
}
