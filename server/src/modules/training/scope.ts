import type { SQL } from 'drizzle-orm';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { devPlans, trainingSessions } from './tables.js';

export const TRAINING_ENTITY = 'training_session';
export const ATTENDEE_ENTITY = 'training_attendee';
export const DEV_PLAN_ENTITY = 'dev_plan';

/** OPS-8: sessions as the actor may read or manage them (the organiser's, the organiser's unit). */
export function sessionScope(actor: Actor, permission: 'training:read' | 'training:manage'): SQL {
  return scopeCondition(actor, permission, {
    owner: trainingSessions.organizerId,
    unit: trainingSessions.unitId,
  });
}

/** OPS-8: development plans are the rep's (owner) in the rep's unit. */
export function devPlanScope(actor: Actor, permission: 'dev_plan:read' | 'dev_plan:write'): SQL {
  return scopeCondition(actor, permission, { owner: devPlans.userId, unit: devPlans.unitId });
}
