import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { endOfLocalDay } from '../../platform/deadlines/calendar.js';
import { type PeriodCode, period } from '../../platform/periods/periods.js';
import type { TargetSubject } from '../targets/index.js';
import { collectionSource, type Fact } from './facts.js';
import { pctOf } from './pct.js';
import { rollUp } from './rollup.js';

/** PLAN-5/AR-9: a subject's collection rate of a period, with the two sums it divides. */
export interface CollectionFigure {
  /** The instalments in force falling due in the period, fen. */
  dueFen: string;
  /** The confirmed payments allocated to them by the end of the period (or now), fen. */
  collectedFen: string;
  /** collected ÷ due in percent, one decimal; null when nothing fell due. */
  ratePct: number | null;
}

/** When a period's collections stop counting: its last moment, or now while it runs. */
export function collectionCutoff(code: PeriodCode, tz: string, at: Date): Date {
  const end = endOfLocalDay(period(code).to, tz);
  return end.getTime() < at.getTime() ? end : at;
}

/**
 * PLAN-5/AR-9: the collection rate of each subject and period — a person their own
 * instalments, a unit those booked in it or below (as every indicator rolls up). Keyed
 * `<type>:<id>:<period>`.
 */
export async function collectionFigures(
  db: DbOrTx,
  q: {
    subjects: readonly TargetSubject[];
    periods: readonly PeriodCode[];
    at: Date;
    tz: string;
    parents: Map<string, string | null>;
    /** Narrows the instalments (alias `f`) to the subjects' (optional, for speed). */
    where?: SQL;
  },
): Promise<Map<string, CollectionFigure>> {
  const out = new Map<string, CollectionFigure>();
  for (const code of q.periods) {
    const p = period(code);
    const rows = await queryRows<{
      owner_id: string | null;
      unit_id: string;
      due: string;
      collected: string;
    }>(
      db,
      sql`select f.owner_id::text as owner_id, f.unit_id::text as unit_id,
            sum(f.due)::text as due, sum(f.collected)::text as collected
          from (${collectionSource({ from: p.from, to: p.to, cutoff: collectionCutoff(code, q.tz, q.at), at: q.at })}) f
          ${q.where ? sql`where ${q.where}` : sql``}
          group by 1, 2`,
    );
    const facts = (pick: 'due' | 'collected'): Fact[] =>
      rows.map((r) => ({ ownerId: r.owner_id, unitId: r.unit_id, bucket: code, value: BigInt(r[pick]) }));
    const due = rollUp(facts('due'), q.subjects, q.parents);
    const collected = rollUp(facts('collected'), q.subjects, q.parents);
    for (const s of q.subjects) {
      const key = `${s.type}:${s.id}`;
      const d = due.get(key)?.get(code) ?? 0n;
      const c = collected.get(key)?.get(code) ?? 0n;
      out.set(`${key}:${code}`, { dueFen: d.toString(), collectedFen: c.toString(), ratePct: pctOf(c, d) });
    }
  }
  return out;
}
