import { and, eq, or } from 'drizzle-orm';
import type { Tx } from '../../../db/client.js';
import { scopeCondition } from '../../../platform/access/scopes.js';
import { type Actor, type Ctx, inTx, requireActor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { notify } from '../../../platform/notifications/notify.js';
import { CUSTOMER_SUBJECT, customerInScope } from '../scope.js';
import { customers } from '../tables.js';
import { customerOwnership } from './ownership-view.js';
import { recordOwnershipChange } from './record-ownership-change.js';
import type { TCustomerOwnership, TReleaseCustomer } from './schemas.js';

/**
 * Who may put a customer back into the pool: its owner, or someone whose customer:write scope
 * covers it (a supervisor for their reps' customers). A read-write collaborator may edit the
 * customer but not release it — otherwise they could release it and claim it themselves.
 */
async function assertMayRelease(tx: Tx, actor: Actor, id: string): Promise<void> {
  const [row] = await tx
    .select({ id: customers.id })
    .from(customers)
    .where(
      and(
        eq(customers.id, id),
        or(
          eq(customers.ownerId, actor.id),
          scopeCondition(actor, 'customer:write', { owner: customers.ownerId, unit: customers.unitId }),
        ),
      ),
    );
  if (!row) throw appError('FORBIDDEN');
}

/** Puts a customer back into the public pool, with a reason; its owner becomes the previous owner. */
export async function releaseCustomer(
  ctx: Ctx,
  id: string,
  input: TReleaseCustomer,
): Promise<TCustomerOwnership> {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  return inTx(ctx, async (tx) => {
    const c = await customerInScope(tx, actor, id, 'write');
    const ownerId = c.ownerId;
    if (!ownerId) throw appError('POOL_CUSTOMER_ALREADY_IN_POOL');
    await assertMayRelease(tx, actor, c.id);
    const released = await tx
      .update(customers)
      .set({
        ownerId: null,
        previousOwnerId: ownerId,
        ownedSince: null,
        pooledAt: at,
        poolWarnedAt: null,
        updatedAt: at,
      })
      .where(and(eq(customers.id, id), eq(customers.ownerId, ownerId)))
      .returning({ id: customers.id });
    if (released.length === 0) throw appError('CONFLICT');
    await recordOwnershipChange(tx, ctx, {
      customerId: id,
      change: 'release',
      fromUserId: ownerId,
      toUserId: null,
      reason: input.reason,
      at,
      summary: {
        'zh-CN': `${actor.displayName} 将客户退回公海：${input.reason}`,
        en: `${actor.displayName} returned the customer to the pool: ${input.reason}`,
      },
      before: { ownerId, unitId: c.unitId },
      after: { ownerId: null, previousOwnerId: ownerId, pooledAt: at, reason: input.reason },
    });
    if (ownerId !== actor.id) {
      await notify(tx, ctx, {
        userId: ownerId,
        event: 'customer.returnedToPool',
        title: {
          'zh-CN': `${actor.displayName} 将您的客户「${c.name}」退回了公海`,
          en: `${actor.displayName} returned your customer "${c.name}" to the pool`,
        },
        body: { 'zh-CN': `原因：${input.reason}`, en: `Reason: ${input.reason}` },
        subjectType: CUSTOMER_SUBJECT,
        subjectId: id,
        link: '/pool',
      });
    }
    return customerOwnership(tx, id);
  });
}
