import { and, eq, ilike, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isUuid } from '../../platform/schemas.js';
import { contracts, effectiveAmountSql } from '../contracts/index.js';
import { customers } from '../customers/index.js';
import { creditNotes } from '../receivables/index.js';
import type { TReturn, ZReturnListQuery } from './schemas.js';
import { returnReadScope, returnWriteScope } from './scope.js';
import { orders, returnRequests } from './tables.js';

/** A return is edited (and resubmitted) while it is a draft or after a rejection. */
export const editableReturnStatuses: TReturn['status'][] = ['draft', 'rejected'];

const linkedOrder = alias(orders, 'linked_order');

function base(db: DbOrTx, actor: Actor) {
  return db
    .select({
      r: returnRequests,
      contractNumber: contracts.number,
      contractTitle: contracts.title,
      contractAmountFen: effectiveAmountSql(contracts),
      orderNumber: linkedOrder.number,
      customerName: customers.name,
      ownerUsername: users.username,
      ownerName: users.displayName,
      unitName: units.name,
      writable: sql<boolean>`(${returnWriteScope(actor)})`.mapWith(Boolean),
      note: creditNotes,
    })
    .from(returnRequests)
    .innerJoin(contracts, eq(contracts.id, returnRequests.contractId))
    .innerJoin(customers, eq(customers.id, returnRequests.customerId))
    .innerJoin(users, eq(users.id, returnRequests.ownerId))
    .innerJoin(units, eq(units.id, returnRequests.unitId))
    .leftJoin(linkedOrder, eq(linkedOrder.id, returnRequests.orderId))
    .leftJoin(
      creditNotes,
      and(eq(creditNotes.sourceType, 'return'), eq(creditNotes.sourceId, returnRequests.id)),
    );
}

type Row = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

function toItem(row: Row): TReturn {
  const r = row.r;
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    status: r.status,
    contract: {
      id: r.contractId,
      number: row.contractNumber,
      title: row.contractTitle,
      amountFen: String(row.contractAmountFen),
    },
    order: r.orderId && row.orderNumber ? { id: r.orderId, number: row.orderNumber } : null,
    customer: { id: r.customerId, name: row.customerName },
    owner: { id: r.ownerId, username: row.ownerUsername, displayName: row.ownerName },
    unit: { id: r.unitId, name: row.unitName },
    reason: r.reason,
    creditFen: r.creditFen.toString(),
    creditNote: row.note
      ? {
          id: row.note.id,
          amountFen: row.note.amountFen.toString(),
          unallocatedFen: row.note.unallocatedFen.toString(),
          issuedAt: iso(row.note.issuedAt),
        }
      : null,
    canEdit: row.writable && editableReturnStatuses.includes(r.status),
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

/** Q2C-8: returns and exchanges in the actor's scope (and those they are asked to approve). */
export function listReturns(db: DbOrTx, actor: Actor, q: z.output<typeof ZReturnListQuery>) {
  const like = q.q ? containsPattern(q.q) : null;
  return listPage({
    db,
    rows: base(db, actor).$dynamic(),
    count: db
      .select()
      .from(returnRequests)
      .innerJoin(contracts, eq(contracts.id, returnRequests.contractId))
      .innerJoin(customers, eq(customers.id, returnRequests.customerId))
      .$dynamic(),
    scope: returnReadScope(actor),
    filters: [
      q.status ? eq(returnRequests.status, q.status) : undefined,
      q.kind ? eq(returnRequests.kind, q.kind) : undefined,
      q.customerId ? eq(returnRequests.customerId, q.customerId) : undefined,
      q.contractId ? eq(returnRequests.contractId, q.contractId) : undefined,
      like
        ? or(
            ilike(returnRequests.number, like),
            ilike(customers.name, like),
            ilike(contracts.number, like),
            ilike(returnRequests.reason, like),
          )
        : undefined,
    ],
    sort: {
      keys: {
        createdAt: returnRequests.createdAt,
        updatedAt: returnRequests.updatedAt,
        number: returnRequests.number,
        creditFen: returnRequests.creditFen,
      },
      default: 'createdAt',
      tieBreaker: returnRequests.id,
    },
    query: q,
    toItems: (rows) => rows.map(toItem),
  });
}

/** One return in the actor's scope; 404 otherwise. */
export async function getReturn(db: DbOrTx, actor: Actor, id: string): Promise<TReturn> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await base(db, actor).where(and(eq(returnRequests.id, id), returnReadScope(actor)));
  if (!row) throw appError('NOT_FOUND');
  return toItem(row);
}
