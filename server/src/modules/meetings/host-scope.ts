import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { meetings } from './tables.js';

/** OPS-6/ORG-5: the meetings a person may read — those of their unit (meeting:read's scope). */
export function meetingReadScope(actor: Actor): SQL {
  return scopeCondition(actor, 'meeting:read', { owner: meetings.hostId, unit: meetings.unitId });
}

/** OPS-6: whether the actor may host the meetings of a unit (meeting:host over the unit). */
export function hostScope(actor: Actor, unitId: AnyPgColumn | SQL): SQL {
  // A meeting belongs to a unit: a person-wide grant (own, subordinates) reaches the holder's own unit.
  const scope = actor.permissions['meeting:host'];
  if (scope === 'own' || scope === 'subordinates') return sql`${unitId} = ${actor.unitId}`;
  return scopeCondition(actor, 'meeting:host', { owner: sql`null::uuid`, unit: unitId });
}
