import { eq, or, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { coachingRecords } from './tables.js';

/**
 * PLAN-6/ORG-5: coaching records are read in coaching:read's scope over the coached person (the
 * rep their own, each level above their people's); a coach always reads what they wrote.
 */
export function coachingReadScope(actor: Actor): SQL {
  return or(
    scopeCondition(actor, 'coaching:read', { owner: coachingRecords.repId, unit: coachingRecords.unitId }),
    eq(coachingRecords.coachId, actor.id),
  )!;
}

export interface Coachee {
  id: string;
  displayName: string;
  unitId: string;
}

/**
 * PLAN-6: the person to coach, in the actor's coaching:write scope (else 404); the actor
 * cannot coach themself (COACHING_SELF).
 */
export async function coacheeInScope(db: DbOrTx, actor: Actor, repId: string): Promise<Coachee> {
  if (repId === actor.id) throw appError('COACHING_SELF');
  const [row] = await queryRows<{ id: string; display_name: string; unit_id: string }>(
    db,
    sql`select u.id::text as id, u.display_name, u.unit_id::text as unit_id from users u
        where u.id = ${repId}::uuid and u.status = 'active'
          and ${scopeCondition(actor, 'coaching:write', { owner: sql`u.id`, unit: sql`u.unit_id` })}`,
  );
  if (!row) throw appError('NOT_FOUND');
  return { id: row.id, displayName: row.display_name, unitId: row.unit_id };
}
