import i18n, { type TFunction } from 'i18next';
import { fenToYuan, formatYuan, localized, yuanToFen } from '../../components/format';
import type { Locale } from '../../i18n';
import { type ChainContext, type ChainStep, chainText, isChain, roleKinds } from './chain-text';

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
const NUMBER_UNITS = new Set(['days', 'hours', 'minutes', 'count', 'customers', 'points']);

export type ValueKind = 'fen' | 'number' | 'boolean' | 'text' | 'json' | 'chain' | 'roles';

/** The input a value needs: by its unit first, then by the type of the value itself. */
export function valueKind(unit: string, sample: unknown): ValueKind {
  if (unit === 'approverChain') return 'chain';
  if (unit === 'roles') return 'roles';
  if (unit === 'fen' && toFen(sample) !== null) return 'fen';
  if (typeof sample === 'boolean') return 'boolean';
  if (typeof sample === 'number') return 'number';
  if (typeof sample === 'string') return 'text';
  if (sample === null || sample === undefined)
    return NUMBER_UNITS.has(unit) || unit === 'percent' ? 'number' : 'text';
  return 'json';
}

/** A value in one line for a person, in the UI language (an approver chain with its roles' names when given). */
export function formatPolicyValue(value: unknown, unit: string, t: TFunction, chain?: ChainContext): string {
  if (value === null || value === undefined) return '—';
  if (unit === 'approverChain' && isChain(value)) {
    const lng = (t as TFunction & { lng?: string | null }).lng || i18n.language;
    return chainText(value, t, lng, chain);
  }
  if (unit === 'roles' && Array.isArray(value)) return roleNames(value, t, chain);
  if (unit === 'fen') {
    const fen = toFen(value);
    if (fen !== null) return formatYuan(fen);
  }
  if (typeof value === 'boolean') return value ? t('policies.yes') : t('policies.no');
  if (typeof value === 'number') {
    if (unit === 'percent') return `${value}%`;
    if (unit === 'dayOfMonth')
      return value === 0 ? t('policies.dayOfMonth.last') : t('policies.dayOfMonth.day', { day: value });
    if (NUMBER_UNITS.has(unit)) return t(`policies.amount.${unit}`, { count: value });
    return String(value);
  }
  // A code one of a few choices (e.g. calendar / working days) has words; free text stays as it is.
  if (typeof value === 'string') return codeWord(value, t);
  return formatStructured(value, unit, t) ?? JSON.stringify(value);
}

type Scalar = string | number | boolean;
const isScalar = (v: unknown): v is Scalar =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Words for the codes a structured value holds (festivals, opportunity stages); else the code. */
function codeWord(code: string, t: TFunction): string {
  return t(`policies.codes.${code}`, { defaultValue: code, nsSeparator: false });
}

function part(value: Scalar, unit: string, t: TFunction): string {
  return typeof value === 'string' ? codeWord(value, t) : formatPolicyValue(value, unit, t);
}

/**
 * Lists and maps in one line for a person: a list's items joined ("元旦、春节"), a map as
 * "key value" pairs ("A 90 天、B 60 天"), items with a {zh-CN, en} label by that label and their
 * numbers. Null for shapes it does not know (shown as JSON).
 */
function formatStructured(value: unknown, unit: string, t: TFunction): string | null {
  const join = (parts: string[]) => parts.join(t('policies.joiner'));
  if (Array.isArray(value)) {
    const lng = (t as TFunction & { lng?: string | null }).lng || i18n.language;
    const parts = value.map((item) => {
      if (isScalar(item)) return part(item, unit, t);
      if (isRecord(item) && isRecord(item.label)) {
        const numbers = Object.entries(item).flatMap(([k, v]) =>
          k !== 'label' && typeof v === 'number' ? [part(v, unit, t)] : [],
        );
        return [localized(item.label as Record<Locale, string>, lng), ...numbers].join(' ');
      }
      return null;
    });
    return parts.every((p) => p !== null) ? join(parts as string[]) : null;
  }
  if (isRecord(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return t('policies.noneSet');
    if (!entries.every(([, v]) => isScalar(v))) return null;
    return join(entries.map(([k, v]) => `${codeWord(k, t)} ${part(v as Scalar, unit, t)}`));
  }
  return null;
}

/** ORG-7: a list of role codes by the roles' names (the code only when no role has it). */
function roleNames(codes: unknown[], t: TFunction, chain?: ChainContext): string {
  const lng = (t as TFunction & { lng?: string | null }).lng || i18n.language;
  return codes
    .map((code) => {
      const role = chain?.roles?.find((r) => r.code === code);
      return role ? localized(role.name, lng) : String(code);
    })
    .join(lng.startsWith('zh') ? '、' : ', ');
}

/** The form's text for a value (yuan for fen, pretty JSON for structures). */
export function toFormValue(kind: ValueKind, value: unknown): unknown {
  if (kind === 'fen') {
    const fen = toFen(value);
    return fen === null ? undefined : fenToYuan(fen);
  }
  if (kind === 'json') return value === undefined ? '' : JSON.stringify(value, null, 2);
  if (kind === 'chain') return isChain(value) ? value.map((s) => ({ ...s })) : [];
  if (kind === 'roles') return Array.isArray(value) ? [...value] : [];
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
  if (kind === 'chain') return cleanChain(input);
  if (kind === 'text') return String(input ?? '');
  return input;
}

/** What the chain editor holds, as the policy takes it: only the fields each step's kind uses. */
export function cleanChain(input: unknown): ChainStep[] {
  if (!isChain(input)) return [];
  return input.map(({ kind, levels, role, when }) => ({
    kind,
    ...(kind === 'levelsUp' ? { levels: levels ?? 1 } : {}),
    ...(roleKinds.includes(kind) ? { role: role ?? '' } : {}),
    ...(when ? { when } : {}),
  }));
}
