import { or, type SQL } from 'drizzle-orm';
import { scopeCondition } from '../../platform/access/scopes.js';
import { approvalParticipantCondition } from '../../platform/approvals/visibility.js';
import type { Actor } from '../../platform/context.js';
import { orders, returnRequests } from './tables.js';

/** ORG-5 on orders: a rep sees their own, each level above what its people own (order:read's scope). */
export function orderReadScope(actor: Actor): SQL {
  return scopeCondition(actor, 'order:read', { owner: orders.ownerId, unit: orders.unitId });
}

/** Who may ship, tick documents, deliver and accept an order (order:write's scope). */
export function orderWriteScope(actor: Actor): SQL {
  return scopeCondition(actor, 'order:write', { owner: orders.ownerId, unit: orders.unitId });
}

/** The document type returns and exchanges go by in the approval engine. */
export const RETURN_DOC = 'return';

/**
 * Returns are read in order:read's scope, and by whoever is asked to approve one and the people
 * above them (ORG-3).
 */
export function returnReadScope(actor: Actor): SQL {
  return or(
    scopeCondition(actor, 'order:read', { owner: returnRequests.ownerId, unit: returnRequests.unitId }),
    approvalParticipantCondition(actor.id, RETURN_DOC, returnRequests.id),
  )!;
}

/** Who may write a return or exchange (return:write's scope). */
export function returnWriteScope(actor: Actor): SQL {
  return scopeCondition(actor, 'return:write', {
    owner: returnRequests.ownerId,
    unit: returnRequests.unitId,
  });
}
