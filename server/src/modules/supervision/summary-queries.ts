import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { isoOrNull, isUuid } from '../../platform/schemas.js';
import type { TSummary, TSummaryQuery } from './schemas.js';
import { summaryOfOthers, summaryReadScope } from './summary-scope.js';
import { monthSummaries } from './tables.js';

const reader = alias(users, 'reader');

function selectSummaries(db: DbOrTx, actor: Actor) {
  return db
    .select({
      s: monthSummaries,
      username: users.username,
      displayName: users.displayName,
      unitName: units.name,
      readerUsername: reader.username,
      readerName: reader.displayName,
      othersRead: sql<boolean>`(${summaryOfOthers(actor)})`,
    })
    .from(monthSummaries)
    .innerJoin(users, eq(users.id, monthSummaries.authorId))
    .innerJoin(units, eq(units.id, monthSummaries.unitId))
    .leftJoin(reader, eq(reader.id, monthSummaries.readerId));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectSummaries>['where']>>[number];

const toSummary = (actor: Actor, { s, ...x }: Row): TSummary => ({
  id: s.id,
  author: { id: s.authorId, username: x.username, displayName: x.displayName },
  unit: { id: s.unitId, name: x.unitName },
  month: s.month,
  results: s.results,
  problems: s.problems,
  nextPlan: s.nextPlan,
  status: s.status,
  submittedAt: isoOrNull(s.submittedAt),
  reader:
    s.readerId && x.readerUsername
      ? { id: s.readerId, username: x.readerUsername, displayName: x.readerName ?? '' }
      : null,
  readAt: isoOrNull(s.readAt),
  actions: {
    edit: s.authorId === actor.id && s.status === 'draft',
    markRead: x.othersRead === true && s.status === 'submitted',
  },
});

/** OPS-7: one summary in the actor's read scope (404 otherwise). */
export async function getSummary(db: DbOrTx, actor: Actor, id: string): Promise<TSummary> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectSummaries(db, actor).where(
    and(eq(monthSummaries.id, id), summaryReadScope(actor)),
  );
  if (!row) throw appError('NOT_FOUND');
  return toSummary(actor, row);
}

export async function mySummaryOf(db: DbOrTx, actor: Actor, month: string): Promise<TSummary | null> {
  const [row] = await selectSummaries(db, actor).where(
    and(eq(monthSummaries.authorId, actor.id), eq(monthSummaries.month, month)),
  );
  return row ? toSummary(actor, row) : null;
}

/** OPS-7: summaries per month for managers (and the writer's own), in scope, paged in SQL; drafts only to their writer. */
export function listSummaries(ctx: Ctx, q: TSummaryQuery) {
  const actor = requireActor(ctx);
  return listPage({
    db: ctx.db,
    rows: selectSummaries(ctx.db, actor).$dynamic(),
    count: ctx.db.select().from(monthSummaries).$dynamic(),
    scope: and(
      summaryReadScope(actor),
      sql`(${monthSummaries.status} <> 'draft' or ${monthSummaries.authorId} = ${actor.id})`,
    )!,
    filters: [
      q.month ? eq(monthSummaries.month, q.month) : undefined,
      q.status ? eq(monthSummaries.status, q.status) : undefined,
      q.authorId ? eq(monthSummaries.authorId, q.authorId) : undefined,
    ],
    sort: {
      keys: { month: monthSummaries.month, submittedAt: monthSummaries.submittedAt },
      default: 'month',
      order: 'desc',
      tieBreaker: monthSummaries.id,
    },
    query: q,
    toItems: async (rows) => rows.map((r) => toSummary(actor, r)),
  });
}

/** The direct reports of a writer (the team the summary's results are of). */
export async function teamOf(db: DbOrTx, userId: string): Promise<{ id: string; displayName: string }[]> {
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.superiorId, userId), inArray(users.status, ['active'])))
    .orderBy(asc(users.displayName));
}
