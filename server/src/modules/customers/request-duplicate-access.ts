import { and, eq } from 'drizzle-orm';
import { submitForApproval } from '../../platform/approvals/transitions.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { joinedUserRef } from '../../platform/org/refs.js';
import { users } from '../../platform/org/tables.js';
import { isUuid } from '../../platform/schemas.js';
import { DUPLICATE_REQUEST } from './duplicate-request-flow.js';
import type { TDuplicateRequest, TDuplicateRequestCreate } from './schemas.js';
import { customerCollaborators, customerDuplicateRequests, customers } from './tables.js';

/**
 * CUS-1 (no 撞单): a rep whose new customer was refused as a duplicate asks to collaborate on the
 * existing customer or to take it over. The customer may be outside the rep's scope: only its
 * name and owner are answered. The request goes to the owner's superior (approval engine); the
 * approval adds the rep as a collaborator or makes them the owner. A customer in the pool is
 * claimed, not requested; one pending request per rep and customer.
 */
export async function requestDuplicateAccess(
  ctx: Ctx,
  customerId: string,
  input: TDuplicateRequestCreate,
): Promise<TDuplicateRequest> {
  const actor = requireActor(ctx);
  if (!isUuid(customerId)) throw appError('NOT_FOUND');
  return inTx(ctx, async (tx) => {
    const [c] = await tx
      .select({ id: customers.id, name: customers.name, ownerId: customers.ownerId })
      .from(customers)
      .where(eq(customers.id, customerId));
    if (!c) throw appError('NOT_FOUND');
    const [collaborating] = await tx
      .select({ access: customerCollaborators.access })
      .from(customerCollaborators)
      .where(and(eq(customerCollaborators.customerId, c.id), eq(customerCollaborators.userId, actor.id)));
    if (!c.ownerId || c.ownerId === actor.id || (input.kind === 'collaborate' && collaborating)) {
      throw appError('DUPLICATE_REQUEST_INVALID');
    }
    const [open] = await tx
      .select({ id: customerDuplicateRequests.id })
      .from(customerDuplicateRequests)
      .where(
        and(
          eq(customerDuplicateRequests.customerId, c.id),
          eq(customerDuplicateRequests.requesterId, actor.id),
          eq(customerDuplicateRequests.status, 'pending'),
        ),
      );
    if (open) throw appError('DUPLICATE_REQUEST_PENDING');
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(customerDuplicateRequests)
      .values({
        customerId: c.id,
        requesterId: actor.id,
        ownerId: c.ownerId,
        unitId: actor.unitId,
        kind: input.kind,
        reason: input.reason,
        status: 'pending',
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    await audit(tx, ctx, {
      entity: DUPLICATE_REQUEST,
      entityId: row!.id,
      action: 'customer.duplicateRequest.create',
      after: row,
    });
    const approval = await submitForApproval(tx, ctx, { docType: DUPLICATE_REQUEST, docId: row!.id });
    const [owner] = await tx
      .select({ id: users.id, username: users.username, displayName: users.displayName })
      .from(users)
      .where(eq(users.id, c.ownerId));
    return {
      id: row!.id,
      kind: row!.kind,
      status: 'pending',
      reason: row!.reason,
      customer: { id: c.id, name: c.name },
      owner: joinedUserRef(owner?.id ?? null, owner?.username ?? null, owner?.displayName ?? null),
      approvalRequestId: approval.id,
      createdAt: at.toISOString(),
    };
  });
}
