import { eq, or, type SQL, sql } from 'drizzle-orm';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { suggestions } from './tables.js';

export const SUGGESTION_DOC = 'suggestion';
export const SUGGESTION_ENTITY = 'suggestion';
export type SuggestionRow = typeof suggestions.$inferSelect;

/** Web path of a suggestion. */
export const suggestionLink = (id: string) => `/suggestions/${id}`;

/** OPS-9/ORG-5: suggestion:read's scope over the maker (own, their people, the unit …). */
export function suggestionScope(actor: Actor): SQL {
  return scopeCondition(actor, 'suggestion:read', { owner: suggestions.userId, unit: suggestions.unitId });
}

/** The suggestions someone is (or was) asked to review: a step of theirs on its approval. */
export const reviewedBy = (userId: string): SQL => sql`exists (select 1 from approval_steps s
  join approval_requests r on r.id = s.request_id
  where r.doc_type = ${SUGGESTION_DOC} and r.doc_id = ${suggestions.id}::text and s.approver_id = ${userId})`;

/** Waiting for this person's decision now. */
export const waitingFor = (userId: string): SQL => sql`exists (select 1 from approval_steps s
  join approval_requests r on r.id = s.request_id
  where r.doc_type = ${SUGGESTION_DOC} and r.doc_id = ${suggestions.id}::text and r.status = 'pending'
    and s.status = 'pending' and s.approver_id = ${userId})`;

/** Who may read a suggestion: its maker, suggestion:read's scope, or a reviewer of it (ORG-3). */
export function suggestionReadable(actor: Actor): SQL {
  return or(eq(suggestions.userId, actor.id), suggestionScope(actor), reviewedBy(actor.id))!;
}
