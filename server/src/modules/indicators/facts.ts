import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import type { LocalDate } from '../../platform/deadlines/calendar.js';
import type { TargetMetric } from '../targets/index.js';

/**
 * PLAN-5: the records an indicator sums, grouped by the person they are credited to, the unit
 * they were booked in, and a day or month bucket (company calendar). Each metric reads only
 * confirmed records:
 * - signed_amount: main contracts at their amount and supplements at their change, once signed
 *   (entered and verified by a second person, Q2C-7), on the signing date;
 * - collected_amount: payments confirmed by finance (AR-4) on the day received; a reversal
 *   (negative, confirmed) counts on its own day;
 * - volume: the quantities ordered under contracts signed in the period, on the signing date,
 *   optionally of one product category;
 * - new_customers: customers (not leads) on the day they became customers (converted, or created
 *   as customers), credited to their owner.
 */
export interface Fact {
  ownerId: string | null;
  unitId: string;
  /** `YYYY-MM-DD` or `YYYY-MM`, per the bucket asked for. */
  bucket: string;
  value: bigint;
}

export type Bucket = 'day' | 'month';

export interface FactQuery {
  from: LocalDate;
  to: LocalDate;
  bucket: Bucket;
  /** The company's time zone (for timestamps turned into days). */
  tz: string;
  /** For volume: one product category's id; '' or absent for all. */
  category?: string;
  /** Narrows to records credited to these people or booked in these units' subtrees (optional, for speed). */
  where?: SQL;
}

const fmt = (b: Bucket) => (b === 'day' ? 'YYYY-MM-DD' : 'YYYY-MM');

/**
 * The SQL of one metric's facts: columns record_id (the contract, payment, order line or
 * customer), owner_id, unit_id, day (date), value. The one definition of what each figure sums:
 * the figures (metricFacts) and the records behind them (explain.ts) both select from it.
 */
export function metricSource(
  metric: TargetMetric,
  q: Pick<FactQuery, 'from' | 'to' | 'tz' | 'category'>,
): SQL {
  switch (metric) {
    case 'signed_amount':
      return sql`select k.id as record_id, k.owner_id, k.unit_id, k.signed_on as day,
          case when k.kind = 'supplement' then coalesce(k.delta_fen, 0) else k.amount_fen end as value
        from contracts k
        where k.status = 'signed' and k.kind in ('main', 'supplement')
          and k.signed_on between ${q.from}::date and ${q.to}::date`;
    case 'collected_amount':
      return sql`select p.id as record_id, p.owner_id, p.unit_id, p.received_on as day, p.amount_fen as value
        from payments p
        where p.status = 'confirmed' and p.received_on between ${q.from}::date and ${q.to}::date`;
    case 'volume':
      return sql`select ol.id as record_id, o.owner_id, o.unit_id, k.signed_on as day, ol.quantity::bigint as value
        from order_lines ol join orders o on o.id = ol.order_id join contracts k on k.id = o.contract_id
        ${q.category ? sql`join products pr on pr.id = ol.product_id and pr.category_id::text = ${q.category}` : sql``}
        where k.status = 'signed' and k.signed_on between ${q.from}::date and ${q.to}::date`;
    case 'new_customers':
      return sql`select c.id as record_id, c.owner_id, c.unit_id, d.day, 1::bigint as value
        from customers c
        cross join lateral (select (coalesce(c.converted_at, c.created_at) at time zone ${q.tz})::date as day) d
        where c.lifecycle = 'customer'
          and coalesce(c.converted_at, c.created_at) >= (${q.from}::date)::timestamp at time zone ${q.tz}
          and coalesce(c.converted_at, c.created_at) < (${q.to}::date + 1)::timestamp at time zone ${q.tz}`;
  }
}

/** One metric's facts over [from, to], grouped by person, unit and bucket. */
export async function metricFacts(db: DbOrTx, metric: TargetMetric, q: FactQuery): Promise<Fact[]> {
  const rows = await queryRows<{ owner_id: string | null; unit_id: string; bucket: string; value: string }>(
    db,
    sql`select f.owner_id::text as owner_id, f.unit_id::text as unit_id,
          to_char(f.day, ${fmt(q.bucket)}) as bucket, sum(f.value)::text as value
        from (${metricSource(metric, q)}) f
        ${q.where ? sql`where ${q.where}` : sql``}
        group by 1, 2, 3`,
  );
  return rows.map((r) => ({
    ownerId: r.owner_id,
    unitId: r.unit_id,
    bucket: r.bucket,
    value: BigInt(r.value),
  }));
}

/**
 * PLAN-5/AR-9: the records of the collection rate (回款率) of [from, to] — the same definition as
 * the receivables' collection summary (collection/summary.ts): the instalments in force falling
 * due in the period (record_id, owner_id, unit_id, day = the due date, due = their amount) and
 * the confirmed payments allocated to them (released allocations and credit notes or write-offs
 * are not collection; a reversal's negative allocation is), confirmed by `cutoff` — the end of
 * the period, or now while it runs (collected).
 */
export function collectionSource(q: { from: LocalDate; to: LocalDate; cutoff: Date; at: Date }): SQL {
  // A period still running counts every confirmation so far: the stored collected amount (kept
  // by receivables with every settlement write). One that ended counts what was confirmed by its end.
  const collected =
    q.cutoff.getTime() >= q.at.getTime()
      ? sql`i.collected_fen`
      : sql`coalesce((select sum(s.amount_fen) from settlements s
        where s.instalment_id = i.id and s.source_type = 'payment' and s.confirmed_at is not null
          and s.released_at is null and s.confirmed_at <= ${q.cutoff.toISOString()}::timestamptz), 0)`;
  return sql`select i.id as record_id, i.owner_id, i.unit_id, i.due_date as day, i.amount_fen as due,
      ${collected} as collected
    from instalments i
    where i.superseded_at is null and i.due_date between ${q.from}::date and ${q.to}::date`;
}
