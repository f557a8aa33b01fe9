import type { DbOrTx } from '../../../db/client.js';
import { targetKey, targetsInForce } from '../in-force.js';
import type { TargetMetric } from '../tables.js';
import type { ChildLines } from './lines.js';
import { periodsOf } from './lines.js';
import type { TFigures } from './schemas.js';

/** A year and its months as one list: index 0 the year, 1 … 12 the months. */
export type Row13 = (bigint | null)[];

export interface SetKey {
  unitId: string;
  year: number;
  metric: TargetMetric;
  category: string;
}

/** The key of a set: its unit, year, metric and category. */
export const keyOf = (set: SetKey): SetKey => ({
  unitId: set.unitId,
  year: set.year,
  metric: set.metric,
  category: set.category,
});

/**
 * PLAN-2: the unit's own target in force — approved by the level above (the company's from the
 * approved annual sales plan) — for the year and each month.
 */
export async function parentFigures(db: DbOrTx, key: SetKey): Promise<Row13> {
  const periods = periodsOf(key.year);
  const subject = { type: 'unit' as const, id: key.unitId };
  const found = await targetsInForce(db, {
    metric: key.metric,
    category: key.category,
    subjects: [subject],
    periods,
  });
  return periods.map((p) => found.get(targetKey(subject, p)) ?? null);
}

export const rowOf = (c: Pick<ChildLines, 'year' | 'months'>): Row13 => [c.year, ...c.months];

export interface GapFigures {
  sums: bigint[];
  gaps: Row13;
  /** Per child (`<type>:<id>`): year − Σ months. */
  rests: Map<string, bigint>;
  hasGap: boolean;
}

/**
 * PLAN-3: what the children taking part add up to per period, the gap to the unit's own target
 * (parent − Σ children; unknown where the parent has none in force), and each child's rest
 * (its year − Σ its months). A split has a gap when any of these is not zero.
 */
export function gapFigures(parent: Row13, children: readonly ChildLines[]): GapFigures {
  const sums = parent.map((_p, i) => children.reduce((s, c) => s + (rowOf(c)[i] ?? 0n), 0n));
  const gaps = parent.map((p, i) => (p === null ? null : p - sums[i]!));
  const rests = new Map<string, bigint>();
  for (const c of children) {
    rests.set(
      `${c.subjectType}:${c.id}`,
      (c.year ?? 0n) - c.months.reduce<bigint>((s, m) => s + (m ?? 0n), 0n),
    );
  }
  const hasGap = gaps.some((g) => g !== null && g !== 0n) || [...rests.values()].some((r) => r !== 0n);
  return { sums, gaps, rests, hasGap };
}

const text = (v: bigint | null) => (v === null ? null : String(v));

/** A row of 13 as the API's figures. */
export function figuresOf(row: Row13): TFigures {
  return { year: text(row[0] ?? null), months: row.slice(1).map((v) => text(v ?? null)) };
}
