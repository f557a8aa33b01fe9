import { and, eq, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { superiorChain } from '../../platform/org/chain.js';
import { userRefs } from '../../platform/org/refs.js';
import { users } from '../../platform/org/tables.js';
import { iso, isoOrNull } from '../../platform/schemas.js';
import type { TAppeal, ZAppealListQuery } from './schemas.js';
import { appeals } from './tables.js';

const appellants = alias(users, 'appellants');
const addressees = alias(users, 'addressees');

/** An appeal is seen by the one who made it and the one it is addressed to; nobody else. */
function appealVisible(actor: Actor): SQL {
  return or(eq(appeals.appellantId, actor.id), eq(appeals.toUserId, actor.id)) as SQL;
}

const baseColumns = {
  appeal: appeals,
  appellantUsername: appellants.username,
  appellantName: appellants.displayName,
  toUsername: addressees.username,
  toName: addressees.displayName,
};

function baseQuery(db: DbOrTx) {
  return db
    .select(baseColumns)
    .from(appeals)
    .innerJoin(appellants, eq(appellants.id, appeals.appellantId))
    .innerJoin(addressees, eq(addressees.id, appeals.toUserId));
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['where']>>[number];

function toAppeal(row: Row, actor: Actor): TAppeal {
  const a = row.appeal;
  return {
    id: a.id,
    appellant: { id: a.appellantId, username: row.appellantUsername, displayName: row.appellantName },
    to: { id: a.toUserId, username: row.toUsername, displayName: row.toName },
    taskId: a.taskId,
    content: a.content,
    status: a.status,
    response: a.response,
    answeredAt: isoOrNull(a.answeredAt),
    createdAt: iso(a.createdAt),
    actions: { answer: a.status === 'open' && a.toUserId === actor.id },
  };
}

export async function getAppeal(db: DbOrTx, actor: Actor, id: string): Promise<TAppeal> {
  const [row] = await baseQuery(db).where(and(eq(appeals.id, id), appealVisible(actor)));
  if (!row) throw appError('NOT_FOUND');
  return toAppeal(row, actor);
}

export function listAppeals(db: DbOrTx, actor: Actor, query: z.output<typeof ZAppealListQuery>) {
  return listPage({
    db,
    rows: baseQuery(db).$dynamic(),
    count: db.select().from(appeals).$dynamic(),
    // The box is the scope: appeals I made, or those made to me.
    scope: query.box === 'tome' ? eq(appeals.toUserId, actor.id) : eq(appeals.appellantId, actor.id),
    filters: [query.status ? eq(appeals.status, query.status) : undefined],
    sort: {
      keys: { createdAt: appeals.createdAt },
      default: 'createdAt',
      tieBreaker: appeals.id,
      tieBreakerOrder: 'asc',
    },
    query: { page: query.page, pageSize: query.pageSize, order: query.order },
    toItems: (rows) => rows.map((r) => toAppeal(r, actor)),
  });
}

/** ORG-3: whom I may appeal to — everyone above me in the chain, nearest first. */
export async function listAppealTargets(db: DbOrTx, actorId: string) {
  const chain = await superiorChain(db, actorId);
  const refs = await userRefs(db, chain);
  return { items: chain.flatMap((id) => refs.get(id) ?? []) };
}
