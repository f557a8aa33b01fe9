import type { TFigures, TLinesInput, TSetChild, TTargetSheet } from './hooks';

/**
 * PLAN-3: the decomposition screen's working copy of a split, and the figures it shows live as
 * the manager types — the children's sums, the gap to the unit's own target per period (red when
 * not zero), each child's rest (its year − its months) and the quarters. Values are fen or counts
 * as digit strings; all arithmetic is BigInt.
 */
export interface DraftChild {
  key: string;
  subjectType: TSetChild['subjectType'];
  id: string;
  included: boolean;
  weight: number | null;
  /** The year, then January … December; null while blank. */
  values: (string | null)[];
}

export const childKeyOf = (c: { subjectType: string; id: string }) => `${c.subjectType}:${c.id}`;

/** A year and its months as 13 values. */
export const row13 = (f: TFigures): (string | null)[] => [f.year, ...f.months];

/**
 * The working copy of a sheet: children taking part as stored; while none takes part yet and the
 * reader edits, those suggested are ticked. Read-only, only the children taking part are shown
 * (all of them while none does).
 */
export function draftOf(sheet: TTargetSheet, editing: boolean): DraftChild[] {
  const anyIncluded = sheet.children.some((c) => c.included);
  return sheet.children
    .filter((c) => (editing ? !c.former : !anyIncluded || c.included))
    .map((c) => ({
      key: childKeyOf(c),
      subjectType: c.subjectType,
      id: c.id,
      included: anyIncluded ? c.included : editing && c.suggested,
      weight: c.weight,
      values: row13(c.values),
    }));
}

const big = (v: string | null | undefined): bigint => (v && /^-?\d+$/.test(v) ? BigInt(v) : 0n);

export interface LiveFigures {
  sums: bigint[];
  /** Parent − Σ children per period; null where the unit has no target in force. */
  gaps: (bigint | null)[];
  rests: Map<string, bigint>;
  hasGap: boolean;
}

/** What the children taking part add up to, the gap per period and each child's rest — as the server counts them. */
export function liveFigures(parent: TFigures, children: readonly DraftChild[]): LiveFigures {
  const parentRow = row13(parent);
  const taking = children.filter((c) => c.included);
  const sums = parentRow.map((_p, i) => taking.reduce((s, c) => s + big(c.values[i]), 0n));
  const gaps = parentRow.map((p, i) => (p === null ? null : big(p) - sums[i]!));
  const rests = new Map<string, bigint>();
  for (const c of taking) {
    rests.set(c.key, big(c.values[0]) - c.values.slice(1).reduce((s, v) => s + big(v), 0n));
  }
  const hasGap = gaps.some((g) => g !== null && g !== 0n) || [...rests.values()].some((r) => r !== 0n);
  return { sums, gaps, rests, hasGap };
}

/** Q1 … Q4 of 13 values (year first): the sums of their months. */
export function quarters(values: readonly (string | bigint | null)[]): bigint[] {
  const v = (i: number) => {
    const x = values[i];
    return typeof x === 'bigint' ? x : big(x);
  };
  return [0, 1, 2, 3].map((q) => v(q * 3 + 1) + v(q * 3 + 2) + v(q * 3 + 3));
}

/** The body of a save: the children taking part, blanks as 0. */
export function linesInput(children: readonly DraftChild[]): TLinesInput[] {
  return children
    .filter((c) => c.included)
    .map((c) => ({
      type: c.subjectType,
      id: c.id,
      year: c.values[0] || '0',
      months: c.values.slice(1).map((v) => v || '0'),
      weight: c.weight,
    }));
}

/** Whether the working copy differs from what the server holds. */
export function isDirty(sheet: TTargetSheet, children: readonly DraftChild[]): boolean {
  const stored = new Map(sheet.children.map((c) => [childKeyOf(c), c]));
  const blank = (c: DraftChild) => c.values.every((v) => v === null || v === '');
  return children.some((c) => {
    const s = stored.get(c.key);
    // Ticking a child that holds nothing yet changes nothing to save (a split will fill it).
    if (!s?.included) return c.included && !blank(c);
    if (!c.included) return true;
    // Weights are what a split by weights is asked with, not figures to save.
    const before = row13(s.values);
    return c.values.some((v, i) => (v || '0') !== (before[i] || '0'));
  });
}
