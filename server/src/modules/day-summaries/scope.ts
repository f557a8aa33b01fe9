import type { SQL } from 'drizzle-orm';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import type { Permission } from '../permission-codes.js';
import { daySummaries } from './tables.js';

/** OPS-3: a summary is the unit's (its unit) and the assistant's (its owner). */
export function summaryScope(actor: Actor, permission: Permission = 'day_summary:read'): SQL {
  return scopeCondition(actor, permission, { owner: daySummaries.assistantId, unit: daySummaries.unitId });
}
