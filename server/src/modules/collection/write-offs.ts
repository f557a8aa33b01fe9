import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import { submitForApproval } from '../../platform/approvals/transitions.js';
import { audit } from '../../platform/audit/audit.js';
import { type Actor, type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { joinedUserRef } from '../../platform/org/refs.js';
import { users } from '../../platform/org/tables.js';
import { iso } from '../../platform/schemas.js';
import { contracts } from '../contracts/index.js';
import { customers } from '../customers/index.js';
import { lockOpenInstalments } from '../receivables/index.js';
import type { TWriteOff, ZWriteOffCreate, ZWriteOffQuery } from './schemas.js';
import { writeOffs } from './tables.js';
import { WRITE_OFF, writeOffReadScope } from './write-off-flow.js';

const owner = alias(users, 'wo_owner');
const requester = alias(users, 'wo_requester');

function selectWriteOffs(db: DbOrTx) {
  return db
    .select({
      w: writeOffs,
      number: contracts.number,
      customerId: customers.id,
      customerName: customers.name,
      ownerUsername: owner.username,
      ownerName: owner.displayName,
      byUsername: requester.username,
      byName: requester.displayName,
    })
    .from(writeOffs)
    .innerJoin(contracts, eq(contracts.id, writeOffs.contractId))
    .innerJoin(customers, eq(customers.id, contracts.customerId))
    .innerJoin(owner, eq(owner.id, writeOffs.ownerId))
    .leftJoin(requester, eq(requester.id, writeOffs.createdBy));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectWriteOffs>['execute']>>[number];

function toWriteOff(r: Row): TWriteOff {
  return {
    id: r.w.id,
    contract: { id: r.w.contractId, number: r.number },
    customer: { id: r.customerId, name: r.customerName },
    owner: { id: r.w.ownerId, username: r.ownerUsername, displayName: r.ownerName },
    amountFen: r.w.amountFen.toString(),
    reason: r.w.reason,
    status: r.w.status,
    createdBy: joinedUserRef(r.w.createdBy, r.byUsername, r.byName),
    createdAt: iso(r.w.createdAt),
    updatedAt: iso(r.w.updatedAt),
  };
}

/** AR-8: write-offs the actor may read, newest first. */
export function listWriteOffs(db: DbOrTx, actor: Actor, q: z.output<typeof ZWriteOffQuery>) {
  return listPage({
    db,
    rows: selectWriteOffs(db).$dynamic(),
    count: db
      .select()
      .from(writeOffs)
      .innerJoin(contracts, eq(contracts.id, writeOffs.contractId))
      .$dynamic(),
    scope: writeOffReadScope(actor),
    filters: [
      q.status ? eq(writeOffs.status, q.status) : undefined,
      q.contractId ? eq(writeOffs.contractId, q.contractId) : undefined,
      q.customerId ? eq(contracts.customerId, q.customerId) : undefined,
    ],
    sort: {
      keys: { createdAt: writeOffs.createdAt },
      default: 'createdAt',
      order: 'desc',
      tieBreaker: writeOffs.id,
      tieBreakerOrder: 'asc',
    },
    query: { page: q.page, pageSize: q.pageSize },
    toItems: (rows) => rows.map(toWriteOff),
  });
}

async function getWriteOff(db: DbOrTx, actor: Actor, id: string): Promise<TWriteOff> {
  const [row] = await selectWriteOffs(db).where(and(eq(writeOffs.id, id), writeOffReadScope(actor)));
  if (!row) throw appError('NOT_FOUND');
  return toWriteOff(row);
}

/**
 * AR-8: a bad-debt write-off request on a signed contract in the requester's writeoff:request
 * scope, for no more than the contract still owes (less pending payments already reserved);
 * a draft until submitted for approval.
 */
export async function createWriteOff(ctx: Ctx, input: z.output<typeof ZWriteOffCreate>) {
  const actor = requireActor(ctx);
  const id = await inTx(ctx, async (tx) => {
    const [contract] = await tx
      .select()
      .from(contracts)
      .where(
        and(
          eq(contracts.id, input.contractId),
          eq(contracts.status, 'signed'),
          eq(contracts.kind, 'main'),
          scopeCondition(actor, 'writeoff:request', { owner: contracts.ownerId, unit: contracts.unitId }),
        ),
      );
    if (!contract) throw appError('NOT_FOUND');
    const amount = BigInt(input.amountFen);
    const open = (await lockOpenInstalments(tx, { contractId: contract.id })).reduce(
      (n, i) => n + (i.amountFen - i.reservedFen > 0n ? i.amountFen - i.reservedFen : 0n),
      0n,
    );
    if (amount <= 0n || amount > open)
      throw appError('WRITE_OFF_EXCEEDS', {
        amountFen: {
          'zh-CN': amount <= 0n ? '核销金额须大于零' : '核销金额超过合同未收金额',
          en: amount <= 0n ? 'The amount must be more than zero' : 'More than the contract still owes',
        },
      });
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(writeOffs)
      .values({
        contractId: contract.id,
        ownerId: contract.ownerId,
        unitId: contract.unitId,
        amountFen: amount,
        reason: input.reason,
        status: 'draft',
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    await audit(tx, ctx, { entity: 'write_off', entityId: row!.id, action: 'write_off.create', after: row });
    return row!.id;
  });
  return getWriteOff(ctx.db, actor, id);
}

/** AR-8: the requester submits a draft (or rejected) write-off for approval (manager, then the GM). */
export async function submitWriteOff(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  await inTx(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(writeOffs)
      .where(and(eq(writeOffs.id, id), writeOffReadScope(actor)))
      .for('update');
    if (!row) throw appError('NOT_FOUND');
    if (row.status !== 'draft' && row.status !== 'rejected') throw appError('STATUS_NOT_ALLOWED');
    await submitForApproval(tx, ctx, { docType: WRITE_OFF, docId: id });
  });
  return getWriteOff(ctx.db, actor, id);
}
