import { and, eq, type SQL, sql } from 'drizzle-orm';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { monthSummaries } from './tables.js';

export const SUMMARY_ENTITY = 'month_summary';

/** OPS-7/ORG-5: summaries are read by their writer and up the chain (month_summary:read's scope). */
export function summaryReadScope(actor: Actor): SQL {
  return scopeCondition(actor, 'month_summary:read', {
    owner: monthSummaries.authorId,
    unit: monthSummaries.unitId,
  });
}

/** Read by someone else than the writer (a manager marks it read). */
export function summaryOfOthers(actor: Actor): SQL {
  return and(summaryReadScope(actor), sql`${monthSummaries.authorId} <> ${actor.id}`)!;
}

export const summaryIdIs = (id: string) => eq(monthSummaries.id, id);
