import { type SQL, sql } from 'drizzle-orm';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { marketIntelEntries } from './tables.js';

export const MARKET_INTEL_ENTITY = 'market_intel';
export type EntryRow = typeof marketIntelEntries.$inferSelect;

/** Web path of an entry. */
export const entryLink = (id: string) => `/market-intel/${id}`;

/** OPS-10/ORG-5: market_intel:read's scope over the writer (own, their people, the unit …). */
export function entryReadScope(actor: Actor): SQL {
  return scopeCondition(actor, 'market_intel:read', {
    owner: marketIntelEntries.userId,
    unit: marketIntelEntries.unitId,
  });
}

/** Those above the writer: market_intel:write's scope over someone else's entry. */
export function entryAboveScope(actor: Actor): SQL {
  return sql`(${marketIntelEntries.userId} <> ${actor.id} and ${scopeCondition(actor, 'market_intel:write', {
    owner: marketIntelEntries.userId,
    unit: marketIntelEntries.unitId,
  })})`;
}
