import { or, type SQL } from 'drizzle-orm';
import { scopeCondition } from '../../platform/access/scopes.js';
import { approvalParticipantCondition } from '../../platform/approvals/visibility.js';
import type { Actor } from '../../platform/context.js';
import { orderIntents, quotes } from './tables.js';

/** The approval document type of quotes (Q2C-2, Q2C-3). */
export const QUOTE_DOC = 'quote';

/**
 * ORG-5 on quotes: the owner, and above them by quote:read's scope (supervisor, manager,
 * director); plus whoever is asked to approve one and the people above them (ORG-3).
 */
export function quoteReadScope(actor: Actor): SQL {
  return or(
    scopeCondition(actor, 'quote:read', { owner: quotes.ownerId, unit: quotes.unitId }),
    approvalParticipantCondition(actor.id, QUOTE_DOC, quotes.id),
  )!;
}

/** Who may change a quote: quote:write's scope (the owner; above them by role). */
export function quoteWriteScope(actor: Actor): SQL {
  return scopeCondition(actor, 'quote:write', { owner: quotes.ownerId, unit: quotes.unitId });
}

/**
 * Q2C-4 on order intents: the rep's own and those in quote:read's scope, plus those reported
 * to the actor (the supervisor named on the intent).
 */
export function orderIntentReadScope(actor: Actor): SQL {
  return or(
    scopeCondition(actor, 'quote:read', { owner: orderIntents.ownerId, unit: orderIntents.unitId }),
    scopeCondition(actor, 'quote:read', { owner: orderIntents.supervisorId, unit: orderIntents.unitId }),
  )!;
}
