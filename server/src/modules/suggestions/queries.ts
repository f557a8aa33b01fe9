import { and, asc, desc, eq, gte, ilike, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { queryRows } from '../../db/client.js';
import { latestRequestOf } from '../../platform/approvals/queries.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { addLocalDays } from '../../platform/deadlines/calendar.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import type { TSuggestion, TSuggestionExportQuery, TSuggestionQuery, TSuggestionRow } from './schemas.js';
import { SUGGESTION_ENTITY, suggestionReadable, waitingFor } from './scope.js';
import { suggestions } from './tables.js';

const maker = alias(users, 'maker');
const decider = alias(users, 'decider');

function selectSuggestions(db: DbOrTx, actor: Actor) {
  return db
    .select({
      s: suggestions,
      makerUsername: maker.username,
      makerName: maker.displayName,
      unitName: units.name,
      deciderUsername: decider.username,
      deciderName: decider.displayName,
      toReview: sql<boolean>`(${waitingFor(actor.id)})`,
    })
    .from(suggestions)
    .innerJoin(maker, eq(maker.id, suggestions.userId))
    .innerJoin(units, eq(units.id, suggestions.unitId))
    .leftJoin(decider, eq(decider.id, suggestions.decidedBy));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectSuggestions>['where']>>[number];

const toRow = ({ s, ...x }: Row): TSuggestionRow => ({
  id: s.id,
  number: s.number,
  title: s.title,
  category: s.category,
  status: s.status,
  user: { id: s.userId, username: x.makerUsername, displayName: x.makerName },
  unit: { id: s.unitId, name: x.unitName },
  createdAt: iso(s.createdAt),
  decidedAt: isoOrNull(s.decidedAt),
  decidedBy:
    s.decidedBy && x.deciderUsername
      ? { id: s.decidedBy, username: x.deciderUsername, displayName: x.deciderName ?? '' }
      : null,
  decisionNote: s.decisionNote,
  toReview: x.toReview === true,
});

/** The view (mine / to review / all in scope) as the rows' condition: the scope of the list. */
function viewScope(actor: Actor, view: TSuggestionQuery['view']): SQL {
  if (view === 'mine') return eq(suggestions.userId, actor.id);
  if (view === 'review') return waitingFor(actor.id);
  return suggestionReadable(actor);
}

/** The list's filters as SQL; dates are of the company calendar (from / to inclusive). */
const filtersOf = (q: Omit<TSuggestionQuery, 'page' | 'pageSize'>, tz: string) => [
  q.status ? eq(suggestions.status, q.status) : undefined,
  q.category ? eq(suggestions.category, q.category) : undefined,
  q.q
    ? or(
        ilike(suggestions.title, `%${escapeLike(q.q)}%`),
        ilike(suggestions.content, `%${escapeLike(q.q)}%`),
        ilike(suggestions.number, `%${escapeLike(q.q)}%`),
      )
    : undefined,
  q.from ? gte(suggestions.createdAt, sql`(${q.from}::date)::timestamp at time zone ${tz}`) : undefined,
  q.to
    ? lt(suggestions.createdAt, sql`(${addLocalDays(q.to, 1)}::date)::timestamp at time zone ${tz}`)
    : undefined,
];

/** A LIKE pattern's own characters, escaped. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const sortKeys = {
  createdAt: suggestions.createdAt,
  number: suggestions.number,
  status: suggestions.status,
};

/** OPS-9/ORG-5: mine, waiting for my review, or all in suggestion:read's scope — paged and filtered in SQL. */
export async function listSuggestions(ctx: Ctx, q: TSuggestionQuery) {
  const actor = requireActor(ctx);
  const tz = await readCompanyTimeZone(ctx.db, ctx.clock.now());
  return listPage({
    db: ctx.db,
    rows: selectSuggestions(ctx.db, actor).$dynamic(),
    count: ctx.db.select().from(suggestions).$dynamic(),
    scope: viewScope(actor, q.view),
    filters: filtersOf(q, tz),
    sort: { keys: sortKeys, default: 'createdAt', order: 'desc', tieBreaker: suggestions.id },
    query: q,
    toItems: async (rows) => rows.map(toRow),
  });
}

/** The rows of an export: the list's view, scope and filters, without paging. */
export async function suggestionRowsFor(ctx: Ctx, q: TSuggestionExportQuery, limit: number) {
  const actor = requireActor(ctx);
  const tz = await readCompanyTimeZone(ctx.db, ctx.clock.now());
  const rows = await selectSuggestions(ctx.db, actor)
    .where(and(viewScope(actor, q.view), ...filtersOf(q, tz)))
    .orderBy(q.order === 'asc' ? asc(sortKeys[q.sort]) : desc(sortKeys[q.sort]), suggestions.id)
    .limit(limit);
  return rows.map(toRow);
}

/** OPS-9: one suggestion the actor may read (scope or reviewer; else 404), with the points it earned. */
export async function getSuggestion(db: DbOrTx, actor: Actor, id: string): Promise<TSuggestion> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectSuggestions(db, actor).where(
    and(eq(suggestions.id, id), suggestionReadable(actor)),
  );
  if (!row) throw appError('NOT_FOUND');
  const request = await latestRequestOf(db, 'suggestion', id);
  const [points] = await queryRows<{ total: string | null }>(
    db,
    sql`select sum(amount)::text as total from ledger_entries
        where account = 'points' and ref_type = ${SUGGESTION_ENTITY} and ref_id = ${id} and amount > 0`,
  );
  const base = toRow(row);
  return {
    ...base,
    content: row.s.content,
    requestId: request?.status === 'pending' ? request.id : null,
    points: points?.total ?? null,
    can: { review: base.toReview && row.s.status === 'pending' },
  };
}
