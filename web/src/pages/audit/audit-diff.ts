import type { TFunction } from 'i18next';
import { formatDateTime, formatFenText } from '../../components/format';
import { enumLabel, fieldLabel } from '../../i18n/labels';

/** One line of a change: a field's words, what it held and what it holds now. */
export interface DiffRow {
  field: string;
  label: string;
  before: string;
  after: string;
}

type Snapshot = Record<string, unknown>;

/** Fields a person never reads: hashes, tokens, bookkeeping columns. */
const HIDDEN = new Set([
  'passwordHash',
  'tokenHash',
  'prevHash',
  'hash',
  'idempotencyKey',
  'bodyHash',
  'authEpoch',
]);
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function asSnapshot(value: unknown): Snapshot {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Snapshot) : {};
}

/**
 * A value as a person reads it: money in yuan, instants in the company's time, people by name,
 * enum values by their words, yes/no, lists joined.
 */
export function formatAuditValue(
  field: string,
  value: unknown,
  t: TFunction,
  people: Record<string, string>,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('labels.yes') : t('labels.no');
  if (Array.isArray(value)) return value.map((v) => formatAuditValue(field, v, t, people)).join('、');
  if (typeof value === 'object') {
    return Object.entries(value as Snapshot)
      .map(([k, v]) => `${fieldLabel(t, k) ?? k}: ${formatAuditValue(k, v, t, people)}`)
      .join('；');
  }
  const text = String(value);
  if (/Fen$/.test(field) && /^-?\d+$/.test(text)) return formatFenText(text);
  if (/Bp$/.test(field) && /^-?\d+$/.test(text)) return `${Number(text) / 100}%`;
  if (people[text]) return people[text];
  if (ISO_INSTANT.test(text)) return formatDateTime(text);
  const word = t(`labels.enum.${field}.${text}`, { defaultValue: '' });
  if (word) return enumLabel(t, field, text);
  return text;
}

/**
 * A change as rows: for an update the fields that changed, for a creation or a removal every
 * field, with their words (a field without words keeps its name).
 */
export function auditDiff(
  before: unknown,
  after: unknown,
  t: TFunction,
  people: Record<string, string>,
): DiffRow[] {
  const b = asSnapshot(before);
  const a = asSnapshot(after);
  const both = before !== null && before !== undefined && after !== null && after !== undefined;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !HIDDEN.has(f));
  return fields
    .filter((f) => !both || JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .map((field) => ({
      field,
      label: fieldLabel(t, field) ?? field,
      before: field in b ? formatAuditValue(field, b[field], t, people) : '—',
      after: field in a ? formatAuditValue(field, a[field], t, people) : '—',
    }));
}
