import { or, type SQL } from 'drizzle-orm';
import { scopeCondition } from '../../platform/access/scopes.js';
import { approvalParticipantCondition } from '../../platform/approvals/visibility.js';
import type { Actor } from '../../platform/context.js';
import { generalRequests } from './tables.js';

/**
 * ORG-5 scope of general requests: the writer and everyone above (request:read, subordinates
 * by default), plus whoever is asked to approve one and the people above them (ORG-3).
 */
export function requestScope(actor: Actor): SQL {
  return or(
    scopeCondition(actor, 'request:read', { owner: generalRequests.ownerId, unit: generalRequests.unitId }),
    approvalParticipantCondition(actor.id, 'general_request', generalRequests.id),
  )!;
}
