import { and, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { joinedUserRef } from '../../platform/org/refs.js';
import { units, users } from '../../platform/org/tables.js';
import { subordinateIdsSql } from '../../platform/org/tree.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import { customers } from '../customers/index.js';
import type { TOrderIntent, TOrderIntentPage, ZOrderIntentListQuery } from './schemas.js';
import { orderIntentReadScope } from './scope.js';
import { orderIntents, quotes } from './tables.js';

const owner = alias(users, 'intent_owner');
const supervisor = alias(users, 'intent_supervisor');
const acker = alias(users, 'intent_acker');

/** Q2C-4: the supervisor it was reported to, or someone above them, acknowledges it once. */
export function mayAcknowledgeSql(actor: Actor): SQL {
  return sql`(${orderIntents.acknowledgedAt} is null and ${orderIntents.supervisorId} in ${subordinateIdsSql(actor.id, { withSelf: true })})`;
}

function selectIntents(db: DbOrTx, actor: Actor) {
  return db
    .select({
      intent: orderIntents,
      customerName: customers.name,
      quoteNumber: quotes.number,
      ownerUsername: owner.username,
      ownerName: owner.displayName,
      unitName: units.name,
      supervisorUsername: supervisor.username,
      supervisorName: supervisor.displayName,
      ackerUsername: acker.username,
      ackerName: acker.displayName,
      canAcknowledge: sql<boolean>`${mayAcknowledgeSql(actor)}`.mapWith(Boolean),
    })
    .from(orderIntents)
    .innerJoin(customers, eq(customers.id, orderIntents.customerId))
    .innerJoin(owner, eq(owner.id, orderIntents.ownerId))
    .innerJoin(units, eq(units.id, orderIntents.unitId))
    .leftJoin(quotes, eq(quotes.id, orderIntents.quoteId))
    .leftJoin(supervisor, eq(supervisor.id, orderIntents.supervisorId))
    .leftJoin(acker, eq(acker.id, orderIntents.acknowledgedBy));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectIntents>['execute']>>[number];

function toIntent(r: Row): TOrderIntent {
  const i = r.intent;
  return {
    id: i.id,
    customer: { id: i.customerId, name: r.customerName },
    quote: i.quoteId && r.quoteNumber !== null ? { id: i.quoteId, number: r.quoteNumber } : null,
    owner: { id: i.ownerId, username: r.ownerUsername, displayName: r.ownerName },
    unit: { id: i.unitId, name: r.unitName },
    supervisor: joinedUserRef(i.supervisorId, r.supervisorUsername, r.supervisorName),
    expectedAmountFen: i.expectedAmountFen === null ? null : i.expectedAmountFen.toString(),
    expectedOrderDate: i.expectedOrderDate,
    note: i.note,
    reportedAt: iso(i.reportedAt),
    acknowledgedAt: isoOrNull(i.acknowledgedAt),
    acknowledgedBy: joinedUserRef(i.acknowledgedBy, r.ackerUsername, r.ackerName),
    ackComment: i.ackComment,
    canAcknowledge: r.canAcknowledge,
  };
}

/** Q2C-4: the rep's own intents and those reported to the actor or in their quote:read scope, newest first. */
export function listOrderIntents(
  db: DbOrTx,
  actor: Actor,
  q: z.output<typeof ZOrderIntentListQuery>,
): Promise<TOrderIntentPage> {
  return listPage({
    db,
    rows: selectIntents(db, actor).$dynamic(),
    count: db.select().from(orderIntents).$dynamic(),
    scope: orderIntentReadScope(actor),
    filters: [
      q.status === 'open' ? isNull(orderIntents.acknowledgedAt) : undefined,
      q.status === 'acknowledged' ? isNotNull(orderIntents.acknowledgedAt) : undefined,
      q.customerId ? eq(orderIntents.customerId, q.customerId) : undefined,
      q.toMe ? eq(orderIntents.supervisorId, actor.id) : undefined,
    ],
    sort: {
      keys: { reportedAt: orderIntents.reportedAt },
      default: 'reportedAt',
      tieBreaker: orderIntents.id,
      tieBreakerOrder: 'asc',
    },
    query: { page: q.page, pageSize: q.pageSize, order: q.order },
    toItems: (rows) => rows.map(toIntent),
  });
}

/** One order intent in the actor's scope; 404 otherwise. */
export async function getOrderIntent(db: DbOrTx, actor: Actor, id: string): Promise<TOrderIntent> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectIntents(db, actor).where(
    and(eq(orderIntents.id, id), orderIntentReadScope(actor)),
  );
  if (!row) throw appError('NOT_FOUND');
  return toIntent(row);
}
