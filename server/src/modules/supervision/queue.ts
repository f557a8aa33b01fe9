import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { customers } from '../customers/index.js';
import { dailyReports } from '../daily-reports/index.js';
import { visitReports, visits } from '../visits/index.js';
import { workLogs } from '../worklogs/index.js';
import type { TQueueItem, TQueueQuery } from './schemas.js';

/**
 * OPS-7: what waits for the actor's review, one select per kind, each in its own permission's scope
 * and never the actor's own: work logs submitted and not yet reviewed (worklog:review), reps' daily
 * sales reports not yet reviewed (daily_report:review), visit reports submitted (visit:read's scope;
 * their review is the visits module's).
 */
export function queueSql(actor: Actor): SQL {
  const logScope = scopeCondition(actor, 'worklog:review', { owner: sql`w.user_id`, unit: sql`w.unit_id` });
  const reportScope = scopeCondition(actor, 'daily_report:review', {
    owner: sql`d.user_id`,
    unit: sql`d.unit_id`,
  });
  const visitScope = scopeCondition(actor, 'visit:read', { owner: sql`v.rep_id`, unit: sql`v.unit_id` });
  return sql`
    select 'worklog' as kind, w.id, w.user_id, w.day::text as day, w.submitted_at,
      split_part(w.done, E'\n', 1) as summary, '/review?kind=worklog&id=' || w.id::text as link
    from ${workLogs} w
    where w.status = 'submitted' and (w.review_status is null or w.review_status = 'pending')
      and w.user_id <> ${actor.id} and ${logScope}
    union all
    select 'daily_report', d.id, d.user_id, d.day::text, d.generated_at, left(d.notes, 120),
      '/daily-reports/' || d.id::text
    from ${dailyReports} d
    where d.user_id is not null and d.user_id <> ${actor.id}
      and (d.review_status is null or d.review_status = 'pending') and ${reportScope}
    union all
    select 'visit_report', r.id, r.author_id, to_char(coalesce(v.check_out_at, v.check_in_at), 'YYYY-MM-DD'),
      r.submitted_at, c.name, '/visit-reports/' || r.id::text
    from ${visitReports} r join ${visits} v on v.id = r.visit_id join ${customers} c on c.id = v.customer_id
    where r.status = 'submitted' and r.author_id <> ${actor.id} and ${visitScope}`;
}

interface QueueRow {
  kind: TQueueItem['kind'];
  id: string;
  user_id: string;
  day: string;
  submitted_at: Date | string | null;
  summary: string | null;
  link: string;
  username: string;
  display_name: string;
}

/** OPS-7: the review queue, oldest first, with the count per kind. */
export async function reviewQueue(ctx: Ctx, q: TQueueQuery) {
  const actor = requireActor(ctx);
  const db: DbOrTx = ctx.db;
  const all = queueSql(actor);
  const counts = await queryRows<{ kind: TQueueItem['kind']; n: number }>(
    db,
    sql`select q.kind, count(*)::int as n from (${all}) q group by q.kind`,
  );
  const kindFilter = q.kind ? sql`where q.kind = ${q.kind}` : sql``;
  const rows = await queryRows<QueueRow>(
    db,
    sql`select q.*, u.username, u.display_name from (${all}) q join users u on u.id = q.user_id
        ${kindFilter}
        order by q.submitted_at asc nulls last, q.day asc, q.id
        limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`,
  );
  const byKind = { worklog: 0, daily_report: 0, visit_report: 0 };
  for (const c of counts) byKind[c.kind] = Number(c.n);
  const total = q.kind ? byKind[q.kind] : byKind.worklog + byKind.daily_report + byKind.visit_report;
  return {
    items: rows.map((r) => ({
      kind: r.kind,
      id: r.id,
      person: { id: r.user_id, username: r.username, displayName: r.display_name },
      day: r.day,
      submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
      summary: r.summary ?? '',
      link: r.link,
    })),
    total,
    totalCapped: false,
    page: q.page,
    pageSize: q.pageSize,
    counts: byKind,
  };
}
