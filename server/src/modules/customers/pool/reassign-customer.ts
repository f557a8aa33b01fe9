import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.js';
import { scopeCondition } from '../../../platform/access/scopes.js';
import { type Actor, type Ctx, inTx, requireActor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { notify } from '../../../platform/notifications/notify.js';
import { users } from '../../../platform/org/tables.js';
import { isUuid } from '../../../platform/schemas.js';
import { assertOwnedCapacity } from '../capacity.js';
import { CUSTOMER_SUBJECT } from '../scope.js';
import { customers } from '../tables.js';
import { assigneeCondition } from './assignees.js';
import { customerOwnership } from './ownership-view.js';
import { recordOwnershipChange } from './record-ownership-change.js';
import type { TCustomerOwnership, TReassignCustomer } from './schemas.js';

/**
 * Which customers an actor may reassign: customer:assign's scope — a supervisor their reps'
 * customers, a manager their units' (pool customers last held in those units included).
 */
export function assignScope(actor: Actor): SQL {
  return scopeCondition(actor, 'customer:assign', { owner: customers.ownerId, unit: customers.unitId });
}

/** Managers reassign a customer (or give one from the pool) to someone in their scope, with a reason. */
export async function reassignCustomer(
  ctx: Ctx,
  id: string,
  input: TReassignCustomer,
): Promise<TCustomerOwnership> {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const at = ctx.clock.now();
  return inTx(ctx, async (tx) => {
    const [c] = await tx
      .select({
        id: customers.id,
        name: customers.name,
        ownerId: customers.ownerId,
        previousOwnerId: customers.previousOwnerId,
        unitId: customers.unitId,
      })
      .from(customers)
      .where(and(eq(customers.id, id), assignScope(actor)));
    if (!c) throw appError('NOT_FOUND');
    const [to] = await tx
      .select({ id: users.id, displayName: users.displayName, unitId: users.unitId })
      .from(users)
      .where(and(eq(users.id, input.ownerId), assigneeCondition(actor)));
    if (!to) {
      throw appError('CUSTOMER_ASSIGNEE_INVALID', {
        ownerId: {
          'zh-CN': '请选择您管理范围内、负责客户工作的在职人员',
          en: 'Choose an active person within your scope who works customers',
        },
      });
    }
    if (to.id === c.ownerId) {
      throw appError('CUSTOMER_ASSIGNEE_INVALID', {
        ownerId: { 'zh-CN': '该客户已由此人负责', en: 'This person already owns the customer' },
      });
    }
    await moveCustomerOwner(tx, ctx, c, to, input.reason, at);
    return customerOwnership(tx, id);
  });
}

/**
 * Gives a customer to a new owner with the ownership log, timeline, audit row and notices, in
 * the caller's transaction: the owned cap is checked, and a concurrent change of owner is a
 * conflict. The caller decided it may: a manager's reassignment above, or an approved transfer
 * request (CUS-1).
 */
export async function moveCustomerOwner(
  tx: Tx,
  ctx: Ctx,
  c: { id: string; name: string; ownerId: string | null; previousOwnerId: string | null; unitId: string },
  to: { id: string; displayName: string; unitId: string },
  reason: string,
  at: Date,
): Promise<void> {
  const actor = requireActor(ctx);
  await assertOwnedCapacity(tx, to.id, at);
  const from = c.ownerId;
  const moved = await tx
    .update(customers)
    .set({
      ownerId: to.id,
      ownedSince: at,
      previousOwnerId: from ?? c.previousOwnerId,
      pooledAt: null,
      poolWarnedAt: null,
      unitId: to.unitId,
      updatedAt: at,
    })
    .where(and(eq(customers.id, c.id), sql`${customers.ownerId} is not distinct from ${from}`))
    .returning({ id: customers.id });
  if (moved.length === 0) throw appError('CONFLICT');
  await recordOwnershipChange(tx, ctx, {
    customerId: c.id,
    change: 'reassign',
    fromUserId: from,
    toUserId: to.id,
    reason: reason,
    at,
    summary: {
      'zh-CN': `${actor.displayName} 将客户分配给 ${to.displayName}：${reason}`,
      en: `${actor.displayName} assigned the customer to ${to.displayName}: ${reason}`,
    },
    before: { ownerId: from, unitId: c.unitId },
    after: { ownerId: to.id, unitId: to.unitId, ownedSince: at, reason: reason },
  });
  const body = { 'zh-CN': `原因：${reason}`, en: `Reason: ${reason}` };
  if (to.id !== actor.id) {
    await notify(tx, ctx, {
      userId: to.id,
      event: 'customer.assigned',
      title: {
        'zh-CN': `${actor.displayName} 将客户「${c.name}」分配给您`,
        en: `${actor.displayName} assigned the customer "${c.name}" to you`,
      },
      body,
      subjectType: CUSTOMER_SUBJECT,
      subjectId: c.id,
      link: `/customers/${c.id}`,
    });
  }
  if (from && from !== actor.id) {
    await notify(tx, ctx, {
      userId: from,
      event: 'customer.reassigned',
      title: {
        'zh-CN': `${actor.displayName} 将您的客户「${c.name}」转给了 ${to.displayName}`,
        en: `${actor.displayName} reassigned your customer "${c.name}" to ${to.displayName}`,
      },
      body,
      subjectType: CUSTOMER_SUBJECT,
      subjectId: c.id,
    });
  }
}
