import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, requireActor } from '../../platform/context.js';
import { unitSubtreeIdsSql } from '../../platform/org/tree.js';
import { period } from '../../platform/periods/periods.js';
import { collectionCutoff } from './collection-rate.js';
import { collectionSource, metricSource } from './facts.js';
import type { TIndicatorRecord, TRecordsPage, TRecordsQuery } from './schemas.js';
import { parseSubject, subjectsInScope } from './subjects.js';

/**
 * What each metric's records are, for a person or a unit: the same source as the figure
 * (facts.ts, alias `f`) joined to the record's number, customer and product for the list.
 * Columns: id, record_kind, day, number, customer_id, customer_name, product, value,
 * collected, link.
 */
function recordsSql(metric: TRecordsQuery['metric'], source: SQL): SQL {
  switch (metric) {
    case 'signed_amount':
      return sql`select f.record_id as id, case when k.kind = 'supplement' then 'supplement' else 'contract' end as record_kind,
          f.day, k.number, c.id as customer_id, c.name as customer_name, null::text as product,
          f.value, null::bigint as collected, '/contracts/' || k.id as link
        from (${source}) f join contracts k on k.id = f.record_id join customers c on c.id = k.customer_id`;
    case 'collected_amount':
      return sql`select f.record_id as id, case when p.kind = 'reversal' then 'reversal' else 'payment' end as record_kind,
          f.day, p.number, c.id as customer_id, c.name as customer_name, null::text as product,
          f.value, null::bigint as collected, '/payments?id=' || p.id as link
        from (${source}) f join payments p on p.id = f.record_id join customers c on c.id = p.customer_id`;
    case 'volume':
      return sql`select f.record_id as id, 'order_line' as record_kind, f.day, o.number,
          c.id as customer_id, c.name as customer_name, ol.product_name as product,
          f.value, null::bigint as collected, '/orders/' || o.id as link
        from (${source}) f join order_lines ol on ol.id = f.record_id join orders o on o.id = ol.order_id
        join customers c on c.id = o.customer_id`;
    case 'new_customers':
      return sql`select f.record_id as id, 'customer' as record_kind, f.day, null::text as number,
          c.id as customer_id, c.name as customer_name, null::text as product,
          f.value, null::bigint as collected, '/customers/' || c.id as link
        from (${source}) f join customers c on c.id = f.record_id`;
    case 'collection_rate':
      return sql`select f.record_id as id, 'instalment' as record_kind, f.day, k.number || ' #' || i.seq as number,
          c.id as customer_id, c.name as customer_name, null::text as product,
          f.due as value, f.collected, '/receivables?contractId=' || k.id as link
        from (${source}) f join instalments i on i.id = f.record_id join contracts k on k.id = i.contract_id
        join customers c on c.id = i.customer_id`;
  }
}

interface RecordRow {
  id: string;
  record_kind: TIndicatorRecord['recordKind'];
  day: string;
  number: string | null;
  customer_id: string | null;
  customer_name: string | null;
  product: string | null;
  value: string;
  collected: string | null;
}

/**
 * PLAN-5: the records behind one figure — the subject (in the reader's indicator:read scope,
 * else 404), the period and the metric — newest first, paged; `sum` is the figure itself (the
 * same rows summed in the same statement's source), so the list and the figure always agree.
 */
export async function indicatorRecords(ctx: Ctx, q: TRecordsQuery): Promise<TRecordsPage> {
  const actor = requireActor(ctx);
  const [subject] = await subjectsInScope(ctx.db, actor, [parseSubject(q.subject)]);
  const at = ctx.clock.now();
  const tz = await readCompanyTimeZone(ctx.db, at);
  const p = period(q.period);
  const source =
    q.metric === 'collection_rate'
      ? collectionSource({ from: p.from, to: p.to, cutoff: collectionCutoff(q.period, tz, at), at })
      : metricSource(q.metric, { from: p.from, to: p.to, tz });
  const mine =
    subject!.type === 'user'
      ? sql`r_src.owner_id = ${subject!.id}::uuid`
      : sql`r_src.unit_id in ${unitSubtreeIdsSql(subject!.id)}`;
  const filtered = sql`select * from (${source}) r_src where ${mine}`;
  const records = sql`(${recordsSql(q.metric, filtered)})`;
  const [totals] = await queryRows<{ n: number; sum: string; collected: string }>(
    ctx.db,
    sql`select count(*)::int as n, coalesce(sum(r.value), 0)::text as sum,
          coalesce(sum(r.collected), 0)::text as collected
        from ${records} r`,
  );
  const rows = await queryRows<RecordRow & { link: string }>(
    ctx.db,
    sql`select r.id::text as id, r.record_kind, to_char(r.day, 'YYYY-MM-DD') as day, r.number,
          r.customer_id::text as customer_id, r.customer_name, r.product, r.value::text as value,
          r.collected::text as collected, r.link
        from ${records} r
        order by r.day desc, r.id desc
        limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`,
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      recordKind: r.record_kind,
      date: r.day,
      number: r.number,
      customer: r.customer_id ? { id: r.customer_id, name: r.customer_name ?? '' } : null,
      product: r.product,
      value: r.value,
      collectedFen: r.collected,
      link: r.link,
    })),
    total: Number(totals?.n ?? 0),
    totalCapped: false,
    page: q.page,
    pageSize: q.pageSize,
    subject: subject!,
    period: q.period,
    metric: q.metric,
    sum: totals?.sum ?? '0',
    collectedSum: q.metric === 'collection_rate' ? (totals?.collected ?? '0') : null,
  };
}
