import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { roles, userRoles } from '../../platform/access/tables.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { joinedUserRef } from '../../platform/org/refs.js';
import { units, users } from '../../platform/org/tables.js';
import type { TMe } from './schemas.js';

const superiors = alias(users, 'superiors');

/** Who the signed-in user is: roles, permissions with their data scopes, and their superior. */
export async function getMe(db: DbOrTx, actor: Actor): Promise<TMe> {
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      position: users.position,
      email: users.email,
      locale: users.locale,
      unitId: units.id,
      unitName: units.name,
      superiorId: superiors.id,
      superiorUsername: superiors.username,
      superiorDisplayName: superiors.displayName,
    })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .leftJoin(superiors, eq(superiors.id, users.superiorId))
    .where(eq(users.id, actor.id));
  if (!row) throw appError('UNAUTHENTICATED');
  const roleRows = await db
    .select({ id: roles.id, code: roles.code, nameZh: roles.nameZh, nameEn: roles.nameEn })
    .from(userRoles)
    .innerJoin(roles, eq(roles.id, userRoles.roleId))
    .where(eq(userRoles.userId, actor.id))
    .orderBy(asc(roles.code));
  return {
    user: {
      id: row.id,
      username: row.username,
      displayName: row.displayName,
      position: row.position,
      email: row.email,
      locale: row.locale,
    },
    unit: { id: row.unitId, name: row.unitName },
    roles: roleRows,
    permissions: actor.permissions,
    superior: joinedUserRef(row.superiorId, row.superiorUsername, row.superiorDisplayName),
  };
}
