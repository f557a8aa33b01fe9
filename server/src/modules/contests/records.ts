import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { metricSource } from '../indicators/index.js';
import { countedTo, participantPeopleSql } from './leaderboard.js';
import { contestRow } from './queries.js';
import type { TContestRecordsPage } from './schemas.js';
import type { contests } from './tables.js';

type Metric = (typeof contests.$inferSelect)['metric'];

/** The record's number and where it opens, per metric, over the facts `f` (metricSource's columns). */
function numbered(metric: Metric, source: SQL): SQL {
  switch (metric) {
    case 'signed_amount':
      return sql`select f.record_id, f.day, f.value, k.number, '/contracts/' || k.id as link
        from (${source}) f join contracts k on k.id = f.record_id`;
    case 'collected_amount':
      return sql`select f.record_id, f.day, f.value, p.number, '/payments?id=' || p.id as link
        from (${source}) f join payments p on p.id = f.record_id`;
    case 'volume':
      return sql`select f.record_id, f.day, f.value, o.number || ' · ' || ol.product_name as number, '/orders/' || o.id as link
        from (${source}) f join order_lines ol on ol.id = f.record_id join orders o on o.id = ol.order_id`;
    case 'new_customers':
      return sql`select f.record_id, f.day, f.value, null::text as number, '/customers/' || f.record_id as link
        from (${source}) f`;
  }
}

/**
 * INC-9, "why this number": the records behind a participant's figure on the leaderboard — the
 * indicators' own source of the metric (metricSource) over the contest's days counted so far,
 * credited to the person; `sum` is the figure.
 */
export async function contestRecords(
  ctx: Ctx,
  id: string,
  q: { userId: string; page: number; pageSize: number },
): Promise<TContestRecordsPage> {
  const actor = requireActor(ctx);
  const { c } = await contestRow(ctx.db, actor, id);
  const [who] = await queryRows<{ id: string }>(
    ctx.db,
    sql`select p.id from (${participantPeopleSql(c.id)}) p where p.id = ${q.userId}`,
  );
  if (!who) throw appError('NOT_FOUND');
  const at = ctx.clock.now();
  const upTo = await countedTo(ctx.db, c, at);
  const empty = {
    items: [],
    total: 0,
    totalCapped: false,
    page: q.page,
    pageSize: q.pageSize,
    sum: '0',
    metric: c.metric,
  };
  if (!upTo) return empty;
  const tz = await readCompanyTimeZone(ctx.db, at);
  const source = sql`select * from (${metricSource(c.metric, { from: c.fromOn, to: upTo, tz })}) s
    where s.owner_id = ${q.userId}::uuid`;
  const records = sql`(${numbered(c.metric, source)})`;
  const [totals] = await queryRows<{ n: number; sum: string }>(
    ctx.db,
    sql`select count(*)::int as n, coalesce(sum(r.value), 0)::text as sum from ${records} r`,
  );
  const rows = await queryRows<{
    id: string;
    day: string;
    number: string | null;
    value: string;
    link: string;
  }>(
    ctx.db,
    sql`select r.record_id::text as id, to_char(r.day, 'YYYY-MM-DD') as day, r.number, r.value::text as value, r.link
        from ${records} r order by r.day desc, r.record_id desc
        limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`,
  );
  return {
    ...empty,
    items: rows.map((r) => ({ id: r.id, date: r.day, number: r.number, value: r.value, link: r.link })),
    total: totals?.n ?? 0,
    sum: totals?.sum ?? '0',
  };
}
