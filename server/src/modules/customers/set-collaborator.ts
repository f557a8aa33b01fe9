import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { customerForTeamChange, listCollaborators } from './collaborators.js';
import { recordCustomerChange } from './customer-change.js';
import type { TCollaboratorList } from './schemas.js';
import { customerCollaborators } from './tables.js';

const accessText = {
  read: { 'zh-CN': '只读', en: 'read-only' },
  write: { 'zh-CN': '可编辑', en: 'read-write' },
};

/**
 * CUS-1: adds a colleague to the customer's team, read-only or read-write, or changes their
 * access (the owner, or someone with customer:assign over the customer). A collaborator sees
 * the customer in their lists (我参与的); read-write may also edit it.
 */
export async function setCollaborator(
  ctx: Ctx,
  customerId: string,
  userId: string,
  access: 'read' | 'write',
): Promise<TCollaboratorList> {
  const actor = requireActor(ctx);
  await inTx(ctx, async (tx) => {
    const customer = await customerForTeamChange(tx, actor, customerId);
    const [person] = await tx
      .select({ id: users.id, displayName: users.displayName })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.status, 'active')));
    if (!person) {
      throw appError('VALIDATION_FAILED', {
        userId: { 'zh-CN': '请选择一位在职同事', en: 'Choose an active colleague' },
      });
    }
    if (person.id === customer.ownerId) {
      throw appError('VALIDATION_FAILED', {
        userId: { 'zh-CN': '负责人无需添加为协作人', en: 'The owner is not added as a collaborator' },
      });
    }
    await putCollaborator(tx, ctx, customer.id, person, access);
  });
  return listCollaborators(ctx.db, actor, customerId);
}

/**
 * Writes a collaborator (new, or a changed access) with the timeline event and audit row, in the
 * caller's transaction. The caller decided it may: the owner's team change above, or an approved
 * duplicate request (CUS-1).
 */
export async function putCollaborator(
  tx: Tx,
  ctx: Ctx,
  customerId: string,
  person: { id: string; displayName: string },
  access: 'read' | 'write',
): Promise<void> {
  const actor = requireActor(ctx);
  const customer = { id: customerId };
  const at = ctx.clock.now();
  const [existing] = await tx
    .select({ access: customerCollaborators.access })
    .from(customerCollaborators)
    .where(
      and(eq(customerCollaborators.customerId, customer.id), eq(customerCollaborators.userId, person.id)),
    )
    .for('update');
  if (existing?.access === access) return;
  if (existing) {
    await tx
      .update(customerCollaborators)
      .set({ access, updatedAt: at })
      .where(
        and(eq(customerCollaborators.customerId, customer.id), eq(customerCollaborators.userId, person.id)),
      );
  } else {
    await tx.insert(customerCollaborators).values({
      customerId: customer.id,
      userId: person.id,
      access,
      createdAt: at,
      updatedAt: at,
      createdBy: actor.id,
    });
  }
  await recordCustomerChange(tx, ctx, customer.id, {
    action: existing ? 'customer.collaborator.change' : 'customer.collaborator.add',
    before: existing ? { userId: person.id, access: existing.access } : undefined,
    after: { userId: person.id, access },
    kind: existing ? 'collaborator.changed' : 'collaborator.added',
    summary: existing
      ? {
          'zh-CN': `${actor.displayName} 将协作人 ${person.displayName} 改为${accessText[access]['zh-CN']}`,
          en: `${actor.displayName} made ${person.displayName} a ${accessText[access].en} collaborator`,
        }
      : {
          'zh-CN': `${actor.displayName} 添加了协作人 ${person.displayName}（${accessText[access]['zh-CN']}）`,
          en: `${actor.displayName} added ${person.displayName} as a ${accessText[access].en} collaborator`,
        },
    data: { userId: person.id, access },
  });
}
