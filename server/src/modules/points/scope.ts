import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';

export interface PointsPerson {
  id: string;
  username: string;
  displayName: string;
  unitId: string;
  unitName: string;
}

/** ORG-5 on points: a person is in the permission's scope as a record owned by them is. */
export const personScope = (actor: Actor, permission: 'points:read' | 'points:award'): SQL =>
  scopeCondition(actor, permission, { owner: sql`u.id`, unit: sql`u.unit_id` });

/**
 * INC-5/ORG-5: the person whose points the actor reads — themself, or someone in their
 * points:read (or points:award) scope; anyone else is not found (404).
 */
export async function personInScope(
  db: DbOrTx,
  actor: Actor,
  userId: string,
  permission: 'points:read' | 'points:award' = 'points:read',
): Promise<PointsPerson> {
  const own = permission === 'points:read' && userId === actor.id;
  const [row] = await queryRows<PointsPerson>(
    db,
    sql`select u.id::text as id, u.username, u.display_name as "displayName", u.unit_id::text as "unitId",
          un.name as "unitName"
        from users u join units un on un.id = u.unit_id
        where u.id = ${userId}::uuid and (${own ? sql`true` : personScope(actor, permission)})`,
  );
  if (!row) throw appError('NOT_FOUND');
  return row;
}

/** Whether the actor may propose extra points for the person (in points:award scope, not themself). */
export async function mayPropose(db: DbOrTx, actor: Actor, userId: string): Promise<boolean> {
  if (userId === actor.id || !actor.permissions['points:award']) return false;
  const rows = await queryRows(
    db,
    sql`select 1 from users u where u.id = ${userId}::uuid and u.status = 'active'
        and ${personScope(actor, 'points:award')}`,
  );
  return rows.length > 0;
}
