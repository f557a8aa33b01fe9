import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { scopeKey } from '../../platform/access/scopes.js';
import type { Actor, DataEpochs } from '../../platform/context.js';
import { keptResults } from '../../platform/kept/kept-results.js';
import { groupKey, regionsCte } from './group-keys.js';
import { instalmentWhere, type ReportDay, reportDay } from './receivable-sql.js';
import type { TAging, TAgingRow, ZAgingQuery } from './schemas.js';

type AgingQuery = z.output<typeof ZAgingQuery>;

/**
 * The one aggregate statement of the aging report (exported for the benchmark's direct-SQL runs).
 *
 * An instalment's open amount is its amount less its confirmed, unreleased settlements (AR-4),
 * stored on the row (`settled_fen`, kept with every settlement: receivables/amounts.ts). Only
 * the open rows in force are read — a partial index holds them (by rep and by unit, covering the
 * columns read here) — into one small aggregate by group and bucket.
 */
export function agingSql(actor: Actor, day: ReportDay, q: AgingQuery): SQL {
  const where = instalmentWhere(actor, q);
  const columns = ['not_due', ...day.buckets.map((_, i) => `b${i}`), 'overdue', 'total'];
  const sums = [
    sql`sum(d.fen) filter (where d.age <= 0)`,
    ...day.buckets.map(
      (b) =>
        sql`sum(d.fen) filter (where d.age >= ${b.fromDays}${b.toDays === null ? sql`` : sql` and d.age <= ${b.toDays}`})`,
    ),
    sql`sum(d.fen) filter (where d.age > 0)`,
    sql`sum(d.fen)`,
  ].map((s, i) => sql`coalesce(${s}, 0) as ${sql.raw(columns[i]!)}`);
  const base = { rep: 'owner_id', unit: 'unit_id', region: 'unit_id', customer: 'customer_id' }[q.groupBy];
  // Regions: the sums per unit roll up to the unit's region (a dozen rows, not a join per instalment).
  const rollUp =
    q.groupBy === 'region'
      ? sql`, a as (
          select coalesce(rg.region_id, u.key) as key, ${sql.join(
            columns.map((c) => sql`sum(u.${sql.raw(c)}) as ${sql.raw(c)}`),
            sql`, `,
          )}
          from by_base u left join regions rg on rg.unit_id = u.key group by 1)`
      : sql`, a as (select * from by_base)`;
  const g = groupKey(q.groupBy, sql`a`);
  const age = sql`(${day.today}::date - i.due_date)`;
  return sql`with ${q.groupBy === 'region' ? sql`recursive ${regionsCte},` : sql``} d as (
      select i.owner_id, i.unit_id, i.customer_id, ${age} as age, i.amount_fen - i.settled_fen as fen
      from instalments i where ${where} and i.settled_fen < i.amount_fen
    ),
    by_base as (select d.${sql.raw(base)} as key, ${sql.join(sums, sql`, `)} from d group by 1)${rollUp}
    select g.key, ${sql.join(
      columns.map((c) => sql`g.${sql.raw(c)}::text as ${sql.raw(c)}`),
      sql`, `,
    )}, ${g.label} as label
    from a g ${g.labelJoin}
    where g.total > 0
    order by g.total desc, label`;
}

/**
 * AR-9: aging of the open receivables in the actor's scope, grouped by rep, unit, region or
 * customer: not yet due, then one sum per bucket of `ar.agingBuckets` by days overdue, the total
 * open. One SQL aggregate with the scope in its WHERE; only confirmed money reduces a debt (AR-4).
 * Each row's key is the list's drill-down filter (ownerId, unitId, unitId of the region,
 * customerId; with the bucket key).
 */
export async function agingReport(
  db: DbOrTx,
  actor: Actor,
  q: AgingQuery,
  at: Date,
  epochs?: DataEpochs,
): Promise<TAging> {
  const day = await reportDay(db, at);
  // Kept per scope, filters and day against the receivables and policy epochs (ADR 34). Not kept:
  // a text search (it reads customer names and contract numbers, which the epochs do not follow)
  // and the subordinates scope (its members follow every user's superior, not versioned globally).
  const keepable = epochs && !q.q && actor.permissions['receivable:read'] !== 'subordinates';
  const key = keepable
    ? JSON.stringify([epochs.receivables, epochs.policy, scopeKey(actor, 'receivable:read'), day, q])
    : null;
  return keptAging.get(db, key, () => computeAging(db, actor, q, day));
}

/** Names of reps, units and customers in a kept report may lag a rename by this long. */
const keptAging = keptResults<TAging>({ max: 500, ttlMs: 60_000 });

async function computeAging(db: DbOrTx, actor: Actor, q: AgingQuery, day: ReportDay): Promise<TAging> {
  const raw = await queryRows<Record<string, string | number | null>>(db, agingSql(actor, day, q));
  const totals = { notDue: 0n, buckets: day.buckets.map(() => 0n), overdue: 0n, total: 0n };
  const rows = raw.map((r): TAgingRow => {
    const bucketFen = day.buckets.map((_, i) => String(r[`b${i}`] ?? '0'));
    totals.notDue += BigInt(String(r.not_due));
    bucketFen.forEach((v, i) => {
      totals.buckets[i]! += BigInt(v);
    });
    totals.overdue += BigInt(String(r.overdue));
    totals.total += BigInt(String(r.total));
    return {
      key: String(r.key),
      label: String(r.label ?? ''),
      notDueFen: String(r.not_due),
      bucketFen,
      overdueFen: String(r.overdue),
      totalOpenFen: String(r.total),
    };
  });
  return {
    today: day.today,
    groupBy: q.groupBy,
    buckets: day.buckets,
    rows,
    totals: {
      notDueFen: totals.notDue.toString(),
      bucketFen: totals.buckets.map(String),
      overdueFen: totals.overdue.toString(),
      totalOpenFen: totals.total.toString(),
    },
  };
}
