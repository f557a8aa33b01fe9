import { and, asc, count, desc, eq, lt, lte, notInArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { dueItemKind } from '../../platform/deadlines/kinds.js';
import { dueItemLink } from '../../platform/deadlines/links.js';
import { dueSoonLimit } from '../../platform/deadlines/queries.js';
import { dueItems } from '../../platform/deadlines/tables.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { totalOfAll } from '../../platform/lists/first-rows.js';
import { defineTodoSource, dueItemsCoveredBySources, type TodoRow } from '../../platform/todo/sources.js';

/**
 * ORG-4: my open due items, overdue or due within the due-soon window (`deadline.dueSoonHours`),
 * except those another source lists as its own (coversDueItems).
 */
async function mine(db: DbOrTx, actor: Actor, now: Date, overdueOnly = false): Promise<SQL> {
  const covered = dueItemsCoveredBySources();
  return and(
    eq(dueItems.ownerId, actor.id),
    eq(dueItems.status, 'open'),
    overdueOnly ? lt(dueItems.dueAt, now) : lte(dueItems.dueAt, await dueSoonLimit(db, now)),
    covered.kinds.length ? notInArray(dueItems.kind, covered.kinds) : undefined,
    covered.subjectTypes.length ? notInArray(dueItems.subjectType, covered.subjectTypes) : undefined,
  )!;
}

/** Titles kept in both languages as "中文 / English" read as two. */
function titleOf(title: string): Localized {
  const [zh, en] = title.split(' / ');
  return { 'zh-CN': zh ?? title, en: en ?? title };
}

/** ORG-4: the due items no other section lists (follow-up next steps and the like). */
export const dueItemsTodo = defineTodoSource({
  key: 'deadlines.dueItems',
  label: { 'zh-CN': '到期事项', en: 'Due items' },
  rank: 90,
  filtersOverdue: true,
  count: async (db, actor, now) =>
    sql`${db
      .select({ n: count() })
      .from(dueItems)
      .where(await mine(db, actor, now))}`,
  first: async (db, actor, now, limit, query) => {
    const rows = await db
      .select({
        id: dueItems.id,
        kind: dueItems.kind,
        title: dueItems.title,
        subjectType: dueItems.subjectType,
        subjectId: dueItems.subjectId,
        dueAt: dueItems.dueAt,
        rule: dueItems.rule,
        total: totalOfAll,
      })
      .from(dueItems)
      .where(await mine(db, actor, now, query?.overdueOnly))
      .orderBy(asc(dueItems.dueAt), desc(dueItems.id))
      .limit(limit);
    const items: TodoRow[] = rows.map((r) => ({
      id: r.subjectId,
      title: titleOf(r.title),
      subject: null,
      amountFen: null,
      dueAt: r.dueAt,
      overdue: r.dueAt.getTime() < now.getTime(),
      link: dueItemLink(r.subjectType, r.subjectId, r.rule, r.kind),
      detail: dueItemKind(r.kind)?.label ?? null,
    }));
    return { items, total: rows[0]?.total ?? 0 };
  },
});
