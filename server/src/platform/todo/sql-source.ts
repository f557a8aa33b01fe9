import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { genericPlan } from '../../db/named-statements.js';
import type { Actor } from '../context.js';
import type { Localized } from '../i18n/lang.js';
import { defineTodoSource, type TodoRow, type TodoSource } from './sources.js';

/**
 * The columns a source's SQL selects, one row per piece of work: `id`, `title_zh`, `title_en`,
 * `subject`, `amount_fen` (text), `due_at`, `overdue`, `link`, and optionally `detail_zh`,
 * `detail_en`, `action_kind`, `action_ids` (json).
 */
interface TodoSqlRow {
  id: string;
  title_zh: string;
  title_en: string;
  subject: string | null;
  amount_fen: string | null;
  due_at: Date | string | null;
  overdue: boolean;
  link: string | null;
  detail_zh?: string | null;
  detail_en?: string | null;
  action_kind?: string | null;
  action_ids?: Record<string, string> | string | null;
  total: number;
}

export interface SqlTodoSourceDef extends Omit<TodoSource, 'count' | 'first' | 'filtersOverdue'> {
  /** One select of the actor's rows, with the columns above (`now` decides `overdue`). */
  rows(db: DbOrTx, actor: Actor, now: Date): SQL | Promise<SQL>;
}

function toTodoRow(r: TodoSqlRow): TodoRow {
  const detail: Localized | null =
    r.detail_zh != null ? { 'zh-CN': r.detail_zh, en: r.detail_en ?? r.detail_zh } : null;
  const ids = typeof r.action_ids === 'string' ? JSON.parse(r.action_ids) : r.action_ids;
  return {
    id: String(r.id),
    title: { 'zh-CN': r.title_zh, en: r.title_en },
    subject: r.subject,
    amountFen: r.amount_fen === null ? null : String(r.amount_fen),
    dueAt: r.due_at === null ? null : new Date(r.due_at),
    overdue: r.overdue === true,
    link: r.link,
    detail,
    action: r.action_kind && ids ? { kind: r.action_kind, ids } : null,
  };
}

/**
 * A to-do source from one SQL select: its count is that select counted (a scalar subquery for
 * the badge), its first rows are that select ordered overdue first, then by due date, with the
 * total counted over the same rows — one statement each.
 */
export function sqlTodoSource(def: SqlTodoSourceDef): TodoSource {
  const { rows, ...rest } = def;
  return defineTodoSource({
    ...rest,
    filtersOverdue: true,
    count: async (db, actor, now) => sql`select count(*) from (${await rows(db, actor, now)}) todo_rows`,
    first: async (db, actor, now, limit, query) => {
      // A section's rows are the reader's own, whatever the values: planned once per
      // connection, like the badge count (ADR 35; the approvals section plans for 15 ms).
      const found = await queryRows<TodoSqlRow>(
        db,
        genericPlan(sql`select todo_rows.*, (count(*) over ())::int as total
          from (${await rows(db, actor, now)}) todo_rows
          ${query?.overdueOnly ? sql`where todo_rows.overdue` : sql``}
          order by todo_rows.overdue desc, todo_rows.due_at asc nulls last, todo_rows.id
          limit ${limit}`),
      );
      return { total: Number(found[0]?.total ?? 0), items: found.map(toTodoRow) };
    },
  });
}

/** `now` as a timestamptz parameter, for the `overdue` column. */
export const nowSql = (now: Date): SQL => sql`${now.toISOString()}::timestamptz`;
