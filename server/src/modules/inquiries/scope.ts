import { type SQL, sql } from 'drizzle-orm';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { inquiries } from './tables.js';

/**
 * ORG-5 on the first-contact register: an entry belongs to the rep who follows it up, or to
 * whoever recorded it until someone is assigned; its unit is that person's unit.
 */
export function inquiryReadScope(actor: Actor): SQL {
  return scopeCondition(actor, 'inquiry:read', {
    owner: sql`coalesce(${inquiries.assigneeId}, ${inquiries.recordedBy})`,
    unit: inquiries.unitId,
  });
}
