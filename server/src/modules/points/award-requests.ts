import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { users } from '../../platform/org/tables.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import type { TAwardRequest, TAwardRequestQuery } from './schemas.js';
import { pointAwardRequests } from './tables.js';

const person = alias(users, 'person');
const proposer = alias(users, 'proposer');

/**
 * INC-4/ORG-5: an award request is read by its person, its proposer and those whose points:read
 * scope holds the person.
 */
export function awardRequestScope(actor: Actor): SQL {
  return or(
    eq(pointAwardRequests.userId, actor.id),
    eq(pointAwardRequests.proposerId, actor.id),
    scopeCondition(actor, 'points:read', {
      owner: pointAwardRequests.userId,
      unit: pointAwardRequests.unitId,
    }),
  )!;
}

function selectRequests(db: DbOrTx) {
  return db
    .select({
      r: pointAwardRequests,
      personUsername: person.username,
      personName: person.displayName,
      proposerUsername: proposer.username,
      proposerName: proposer.displayName,
    })
    .from(pointAwardRequests)
    .innerJoin(person, eq(person.id, pointAwardRequests.userId))
    .innerJoin(proposer, eq(proposer.id, pointAwardRequests.proposerId));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectRequests>['where']>>[number];

const toItem = ({ r, ...x }: Row): TAwardRequest => ({
  id: r.id,
  person: { id: r.userId, username: x.personUsername, displayName: x.personName },
  rule: r.rule,
  points: r.points,
  reason: r.reason,
  proposer: { id: r.proposerId, username: x.proposerUsername, displayName: x.proposerName },
  status: r.status,
  createdAt: iso(r.createdAt),
  decidedAt: isoOrNull(r.decidedAt),
});

/** INC-4: the award requests the actor may read, newest first, by person and status; paged in SQL. */
export function listAwardRequests(ctx: Ctx, q: TAwardRequestQuery) {
  const actor = requireActor(ctx);
  return listPage({
    db: ctx.db,
    rows: selectRequests(ctx.db).$dynamic(),
    count: ctx.db.select().from(pointAwardRequests).$dynamic(),
    scope: awardRequestScope(actor),
    filters: [
      q.userId ? eq(pointAwardRequests.userId, q.userId) : undefined,
      q.status ? eq(pointAwardRequests.status, q.status) : undefined,
    ],
    sort: {
      keys: { createdAt: pointAwardRequests.createdAt },
      default: 'createdAt',
      order: 'desc',
      tieBreaker: pointAwardRequests.id,
    },
    query: { ...q, sort: 'createdAt', order: 'desc' },
    toItems: async (rows) => rows.map(toItem),
  });
}

/** INC-4: one award request the actor may read (404 otherwise). */
export async function getAwardRequest(db: DbOrTx, actor: Actor, id: string): Promise<TAwardRequest> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectRequests(db).where(and(eq(pointAwardRequests.id, id), awardRequestScope(actor)));
  if (!row) throw appError('NOT_FOUND');
  return toItem(row);
}

/** Whether the actor may read the request (for the approval's history). */
export async function mayReadAwardRequest(db: DbOrTx, actor: Actor, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db
    .select({ id: pointAwardRequests.id })
    .from(pointAwardRequests)
    .where(and(eq(pointAwardRequests.id, id), awardRequestScope(actor)));
  return rows.length > 0;
}

/** Rule words for 待办 (SQL over the rule column). */
export const ruleWords = (col: SQL) => ({
  'zh-CN': sql`case ${col} when 'customer_praise' then '客户表扬' when 'training_excellent' then '培训成绩优秀'
      when 'suggestion_adopted' then '建议被采纳' else '其他贡献' end`,
  en: sql`case ${col} when 'customer_praise' then 'customer praise' when 'training_excellent' then 'excellent training result'
      when 'suggestion_adopted' then 'adopted suggestion' else 'other contribution' end`,
});
