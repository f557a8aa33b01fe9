import { and, eq, gte, ilike, lte, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { joinedUserRef } from '../../platform/org/refs.js';
import { units, users } from '../../platform/org/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import { contracts } from '../contracts/index.js';
import { customers } from '../customers/index.js';
import type { Permission } from '../permission-codes.js';
import { PAYMENT_SUBJECT, paymentScope } from './payment-scope.js';
import { confirmOwnPayment } from './policies.js';
import type {
  TPayment,
  TPaymentAllocation,
  TPaymentDetail,
  ZPaymentFilters,
  ZPaymentListQuery,
} from './schemas.js';
import { payments } from './tables.js';

const confirmer = alias(users, 'confirmer');
const creator = alias(users, 'creator');
const reversal = alias(payments, 'reversal');

const columns = {
  p: payments,
  customerName: customers.name,
  contractNumber: contracts.number,
  ownerUsername: users.username,
  ownerName: users.displayName,
  unitName: units.name,
  confirmerId: confirmer.id,
  confirmerUsername: confirmer.username,
  confirmerName: confirmer.displayName,
  creatorId: creator.id,
  creatorUsername: creator.username,
  creatorName: creator.displayName,
  reversedById: reversal.id,
  attachmentCount: sql<number>`(select count(*)::int from files f where f.subject_type = ${PAYMENT_SUBJECT}
    and f.subject_id = ${payments.id}::text and f.deleted_at is null)`.mapWith(Number),
};

function selectPayments(db: DbOrTx, cursor: SQL<string> = sql<string>`null`) {
  return db
    .select({ ...columns, cursor })
    .from(payments)
    .innerJoin(customers, eq(customers.id, payments.customerId))
    .leftJoin(contracts, eq(contracts.id, payments.contractId))
    .innerJoin(users, eq(users.id, payments.ownerId))
    .innerJoin(units, eq(units.id, payments.unitId))
    .leftJoin(confirmer, eq(confirmer.id, payments.confirmedBy))
    .leftJoin(creator, eq(creator.id, payments.createdBy))
    .leftJoin(reversal, eq(reversal.reversalOfId, payments.id));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectPayments>['where']>>[number];

function toPayment(r: Row): TPayment {
  const p = r.p;
  return {
    id: p.id,
    number: p.number,
    kind: p.kind,
    reversalOfId: p.reversalOfId,
    reversedById: r.reversedById,
    customer: { id: p.customerId, name: r.customerName },
    contract: p.contractId && r.contractNumber ? { id: p.contractId, number: r.contractNumber } : null,
    owner: { id: p.ownerId, username: r.ownerUsername, displayName: r.ownerName },
    unit: { id: p.unitId, name: r.unitName },
    method: p.method,
    amountFen: p.amountFen.toString(),
    unallocatedFen: p.unallocatedFen.toString(),
    receivedOn: p.receivedOn,
    payer: p.payer,
    voucherNo: p.voucherNo,
    status: p.status,
    confirmedAt: isoOrNull(p.confirmedAt),
    confirmedBy: joinedUserRef(r.confirmerId, r.confirmerUsername, r.confirmerName),
    rejectReason: p.rejectReason,
    remark: p.remark,
    attachmentCount: r.attachmentCount,
    createdAt: iso(p.createdAt),
    createdBy: joinedUserRef(r.creatorId, r.creatorUsername, r.creatorName),
  };
}

export function paymentFilterSql(actor: Actor, f: z.output<typeof ZPaymentFilters>): SQL {
  const like = f.q ? containsPattern(f.q) : null;
  return and(
    paymentScope(actor),
    like
      ? or(ilike(payments.number, like), ilike(payments.payer, like), ilike(customers.name, like))
      : undefined,
    f.status ? eq(payments.status, f.status) : undefined,
    f.method ? eq(payments.method, f.method) : undefined,
    f.kind ? eq(payments.kind, f.kind) : undefined,
    f.customerId ? eq(payments.customerId, f.customerId) : undefined,
    f.contractId ? eq(payments.contractId, f.contractId) : undefined,
    f.ownerId ? eq(payments.ownerId, f.ownerId) : undefined,
    f.receivedFrom ? gte(payments.receivedOn, f.receivedFrom) : undefined,
    f.receivedTo ? lte(payments.receivedOn, f.receivedTo) : undefined,
  )!;
}

/**
 * AR-2/AR-4: payments in the actor's payment:read scope, filtered, sorted and paged by the server
 * (by page number up to 10,000 rows, then by cursor).
 */
export function listPayments(db: DbOrTx, actor: Actor, q: z.output<typeof ZPaymentListQuery>) {
  return listPage({
    db,
    rows: (cursor) => selectPayments(db, cursor).$dynamic(),
    count: db.select().from(payments).innerJoin(customers, eq(customers.id, payments.customerId)).$dynamic(),
    // The scope is part of the filters the export shares.
    scope: paymentFilterSql(actor, q),
    sort: {
      keys: {
        receivedOn: payments.receivedOn,
        amountFen: payments.amountFen,
        createdAt: payments.createdAt,
        number: payments.number,
      },
      default: 'createdAt',
      tieBreaker: payments.id,
    },
    query: q,
    toItems: (rows) => rows.map(toPayment),
  });
}

/** The instalments a payment settles (or reserves), with the contract they belong to. */
async function allocationsOf(db: DbOrTx, paymentId: string): Promise<TPaymentAllocation[]> {
  const rows = await queryRows<{
    instalment_id: string;
    seq: number;
    due_date: string;
    contract_id: string;
    number: string;
    amount_fen: string;
    confirmed: boolean;
    released: boolean;
  }>(
    db,
    sql`select s.instalment_id, i.seq, to_char(i.due_date, 'YYYY-MM-DD') as due_date, i.contract_id, c.number,
          s.amount_fen::text as amount_fen, s.confirmed_at is not null as confirmed, s.released_at is not null as released
        from settlements s join instalments i on i.id = s.instalment_id join contracts c on c.id = i.contract_id
        where s.source_type = 'payment' and s.source_id = ${paymentId}
        order by i.due_date, i.seq`,
  );
  return rows.map((r) => ({
    instalmentId: r.instalment_id,
    seq: Number(r.seq),
    dueDate: r.due_date,
    contractId: r.contract_id,
    contractNumber: r.number,
    amountFen: r.amount_fen,
    confirmed: r.confirmed,
    released: r.released,
  }));
}

/** One payment in the actor's scope for `permission` (404 otherwise), with its allocations. */
export function getPayment(
  db: DbOrTx,
  actor: Actor,
  id: string,
  at: Date,
  permission: Permission = 'payment:read',
): Promise<TPaymentDetail> {
  return paymentDetail(db, id, at, paymentScope(actor, permission));
}

/**
 * One payment with its allocations and whether its recorder may confirm it (AR-4 policy as of
 * `at`); `scope` limits who finds it (none: the caller has checked).
 */
export async function paymentDetail(db: DbOrTx, id: string, at: Date, scope?: SQL): Promise<TPaymentDetail> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectPayments(db).where(and(eq(payments.id, id), scope));
  if (!row) throw appError('NOT_FOUND');
  return {
    ...toPayment(row),
    allocations: await allocationsOf(db, id),
    recorderMayConfirm: await readPolicy(db, confirmOwnPayment, at),
  };
}
