import { and, eq } from 'drizzle-orm';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { customerForTeamChange } from './collaborators.js';
import { recordCustomerChange } from './customer-change.js';
import { customerInScope } from './scope.js';
import { customerCollaborators } from './tables.js';

/**
 * CUS-1: takes a colleague off the customer's team (the owner, someone with customer:assign
 * over the customer, or the collaborator leaving on their own).
 */
export async function removeCollaborator(
  ctx: Ctx,
  customerId: string,
  userId: string,
): Promise<{ ok: true }> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const customer =
      userId === actor.id
        ? await customerInScope(tx, actor, customerId, 'read')
        : await customerForTeamChange(tx, actor, customerId);
    const [removed] = await tx
      .delete(customerCollaborators)
      .where(and(eq(customerCollaborators.customerId, customer.id), eq(customerCollaborators.userId, userId)))
      .returning({ userId: customerCollaborators.userId, access: customerCollaborators.access });
    if (!removed) throw appError('NOT_FOUND');
    const [person] = await tx
      .select({ displayName: users.displayName })
      .from(users)
      .where(eq(users.id, userId));
    const name = person?.displayName ?? '';
    await recordCustomerChange(tx, ctx, customer.id, {
      action: 'customer.collaborator.remove',
      before: removed,
      kind: 'collaborator.removed',
      summary: {
        'zh-CN': `${actor.displayName} 移除了协作人 ${name}`,
        en: `${actor.displayName} removed the collaborator ${name}`,
      },
      data: { userId },
    });
    return { ok: true as const };
  });
}
