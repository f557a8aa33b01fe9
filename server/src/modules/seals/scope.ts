import { eq, or, type SQL, sql } from 'drizzle-orm';
import { approvalParticipantCondition } from '../../platform/approvals/visibility.js';
import type { Actor } from '../../platform/context.js';
import { sealRequests } from './tables.js';

/** The approval document type of seal use requests. */
export const SEAL_REQUEST = 'seal_request';

/**
 * Q2C-9: a requester sees their own requests; the custodians and those who oversee the seals
 * (seal:read) see all; an approver sees what they are asked to decide (and those above them).
 */
export function sealRequestScope(actor: Actor): SQL {
  return or(
    actor.permissions['seal:read'] ? sql`true` : eq(sealRequests.requesterId, actor.id),
    approvalParticipantCondition(actor.id, SEAL_REQUEST, sealRequests.id),
  )!;
}
