import type { SQL } from 'drizzle-orm';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { opportunities } from './tables.js';

const cols = { owner: opportunities.ownerId, unit: opportunities.unitId };

/**
 * ORG-5 on the pipeline: a rep sees their own opportunities, a supervisor also their reps',
 * a manager their units', the director all (opportunity:read's scope per role).
 */
export function opportunityReadScope(actor: Actor): SQL {
  return scopeCondition(actor, 'opportunity:read', cols);
}

/** Who may change an opportunity (opportunity:write's scope). */
export function opportunityWriteScope(actor: Actor): SQL {
  return scopeCondition(actor, 'opportunity:write', cols);
}
