import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../context.js';
import { users } from '../org/tables.js';
import { type Scope, widerScope } from './scopes.js';
import { rolePermissions, userRoles } from './tables.js';

/** permission → the widest scope among the grants of all of a user's roles. */
export function widestScopes(grants: Iterable<{ permission: string; scope: Scope }>): Record<string, Scope> {
  const result: Record<string, Scope> = {};
  for (const g of grants) {
    const held = result[g.permission];
    result[g.permission] = held ? widerScope(held, g.scope) : g.scope;
  }
  return result;
}

/** permission → widest scope over all of the user's roles. */
export async function permissionsOf(db: DbOrTx, userId: string): Promise<Record<string, Scope>> {
  const grants = await db
    .select({ permission: rolePermissions.permission, scope: rolePermissions.scope })
    .from(userRoles)
    .innerJoin(rolePermissions, eq(rolePermissions.roleId, userRoles.roleId))
    .where(eq(userRoles.userId, userId));
  return widestScopes(grants);
}

export async function loadActor(db: DbOrTx, userId: string): Promise<Actor | null> {
  const [user] = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      unitId: users.unitId,
      superiorId: users.superiorId,
      status: users.status,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return null;
  if (user.status !== 'active') return null;
  const { status: _status, ...rest } = user;
  return { ...rest, permissions: await permissionsOf(db, userId) };
}
