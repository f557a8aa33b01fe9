import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type DbOrTx, queryRows } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { groupKey, regionsCte } from './group-keys.js';
import { type ReportDay, receivablesCte, reportDay } from './receivable-sql.js';
import type { TAging, TAgingRow, ZAgingQuery } from './schemas.js';

type AgingQuery = z.output<typeof ZAgingQuery>;

/** The one aggregate statement of the aging report (exported for the benchmark's direct-SQL runs). */
export function agingSql(actor: Actor, day: ReportDay, q: AgingQuery): SQL {
  const g = groupKey(q.groupBy, sql`r`);
  const bucketSums = day.buckets.map(
    (b, i) =>
      sql`coalesce(sum(o.open_fen) filter (where o.age >= ${b.fromDays}${
        b.toDays === null ? sql`` : sql` and o.age <= ${b.toDays}`
      }), 0)::text as ${sql.raw(`b${i}`)}`,
  );
  const ctes = [receivablesCte(actor, day, q)];
  if (q.groupBy === 'region') ctes.push(regionsCte);
  return sql`with recursive ${sql.join(ctes, sql`, `)},
    o as (select ${g.key} as key, r.open_fen, r.age from r ${g.join} where r.open_fen > 0),
    a as (
      select o.key,
        coalesce(sum(o.open_fen) filter (where o.age <= 0), 0)::text as not_due,
        ${sql.join(bucketSums, sql`, `)},
        coalesce(sum(o.open_fen) filter (where o.age > 0), 0)::text as overdue,
        sum(o.open_fen)::text as total, count(*)::int as n
      from o group by o.key
    )
    select g.*, ${g.label} as label from a g ${g.labelJoin}
    order by g.total::bigint desc, label`;
}

/**
 * AR-9: aging of the open receivables in the actor's scope, grouped by rep, unit, region or
 * customer: not yet due, then one sum per bucket of `ar.agingBuckets` by days overdue, the total
 * open. One SQL aggregate with the scope in its WHERE; only confirmed money reduces a debt (AR-4).
 * Each row's key is the list's drill-down filter (ownerId, unitId, unitId of the region,
 * customerId; with the bucket key).
 */
export async function agingReport(db: DbOrTx, actor: Actor, q: AgingQuery, at: Date): Promise<TAging> {
  const day = await reportDay(db, at);
  const raw = await queryRows<Record<string, string | number | null>>(db, agingSql(actor, day, q));
  const totals = { notDue: 0n, buckets: day.buckets.map(() => 0n), overdue: 0n, total: 0n, count: 0 };
  const rows = raw.map((r): TAgingRow => {
    const bucketFen = day.buckets.map((_, i) => String(r[`b${i}`] ?? '0'));
    totals.notDue += BigInt(String(r.not_due));
    bucketFen.forEach((v, i) => {
      totals.buckets[i]! += BigInt(v);
    });
    totals.overdue += BigInt(String(r.overdue));
    totals.total += BigInt(String(r.total));
    totals.count += Number(r.n);
    return {
      key: String(r.key),
      label: String(r.label ?? ''),
      notDueFen: String(r.not_due),
      bucketFen,
      overdueFen: String(r.overdue),
      totalOpenFen: String(r.total),
      count: Number(r.n),
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
      count: totals.count,
    },
  };
}
