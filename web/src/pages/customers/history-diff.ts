/** One field that an audited write changed. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Bookkeeping columns and derived search keys: not what a person changed. */
const NOISE = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
  'nameKey',
  'namePinyin',
  'customerId',
  'hash',
  // The actor column already says who; a file's storage details are in the raw row.
  'authorId',
  'sha256',
  'purpose',
  'subjectType',
  'subjectId',
  'mimeType',
  // Where a record came from (import run, register entry, duplicates seen): shown in the raw row.
  'origin',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The fields an audit row's before/after differ in, in the order they appear (before's keys,
 * then keys only after has). A creation (no before) lists what was set; a removal what was there.
 */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !NOISE.has(k));
  return keys
    .filter((k) => !same(b[k], a[k]))
    .filter((k) => isRecord(before) || (a[k] !== null && a[k] !== undefined && !same(a[k], [])))
    .map((k) => ({ field: k, before: b[k], after: a[k] }));
}
