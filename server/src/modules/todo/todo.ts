import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { genericPlan } from '../../db/named-statements.js';
import type { Actor } from '../../platform/context.js';
import { iso } from '../../platform/schemas.js';
import { type TodoQuery, type TodoRow, type TodoSource, todoSources } from '../../platform/todo/sources.js';
import { unreadCountQuery } from '../notifications/index.js';
import type { TTodo, TTodoCount, TTodoRow } from './schemas.js';

/**
 * The red badge: every source's count and the unread notifications, read in one statement
 * (each source gives its count as a scalar subquery, ADR 22).
 */
export async function todoCount(db: DbOrTx, actor: Actor, now: Date): Promise<TTodoCount> {
  const sources = todoSources();
  const counts = await Promise.all(sources.map((s) => s.count(db, actor, now)));
  const columns = counts.map((c, i) => sql`(${c})::int as ${sql.identifier(`s${i}`)}`);
  const [row] = await queryRows<Record<string, number>>(
    db,
    // Planning some forty sources cost more than counting them (ADR 35).
    genericPlan(
      sql`select ${sql.join([...columns, sql`(${unreadCountQuery(db, actor.id)})::int as unread`], sql`, `)}`,
    ),
  );
  const sections = sources.map((s, i) => ({
    key: s.key,
    label: s.label,
    count: Number(row?.[`s${i}`] ?? 0),
  }));
  const total = sections.reduce((sum, s) => sum + s.count, 0);
  const unreadNotifications = Number(row?.unread ?? 0);
  return { total, unreadNotifications, badge: total + unreadNotifications, sections };
}

function toRow(source: string, r: TodoRow): TTodoRow {
  return {
    source,
    id: r.id,
    title: r.title,
    subject: r.subject,
    amountFen: r.amountFen,
    dueAt: r.dueAt ? iso(r.dueAt) : null,
    overdue: r.overdue,
    link: r.link,
    detail: r.detail ?? null,
    action: r.action ?? null,
  };
}

/** One source's section; a source that does not filter overdue rows itself is filtered here. */
async function sectionOf(db: DbOrTx, actor: Actor, now: Date, limit: number, s: TodoSource, q: TodoQuery) {
  const found = await s.first(db, actor, now, limit, q);
  const own = q.overdueOnly && !s.filtersOverdue;
  const items = own ? found.items.filter((r) => r.overdue) : found.items;
  return {
    key: s.key,
    label: s.label,
    total: own && found.total <= limit ? items.length : found.total,
    items: items.map((r) => toRow(s.key, r)),
  };
}

/**
 * 待办: every source's first rows (overdue first, then by due date) and its total, the sources
 * read together; `overdueOnly` keeps the rows past due (逾期事项).
 */
export async function todoList(
  db: DbOrTx,
  actor: Actor,
  now: Date,
  limit: number,
  query: TodoQuery = {},
): Promise<TTodo> {
  const sections = await Promise.all(todoSources().map((s) => sectionOf(db, actor, now, limit, s, query)));
  return { sections };
}
