import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { HOT } from '../../db/named-statements.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { joinedUserRef } from '../../platform/org/refs.js';
import { units, users } from '../../platform/org/tables.js';
import type { TMe } from './schemas.js';

const superiors = alias(users, 'superiors');

/**
 * Who the signed-in user is: roles, permissions with their data scopes, and their superior. One
 * query: the user with unit and superior, the roles gathered in a subquery; the permissions are
 * the actor's, resolved with the session.
 */
export async function getMe(db: DbOrTx, actor: Actor, at: Date): Promise<TMe> {
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
      roles: sql<TMe['roles']>`coalesce((
        select json_agg(json_build_object('id', r.id, 'code', r.code, 'nameZh', r.name_zh, 'nameEn', r.name_en)
          order by r.code)
        from user_roles ur join roles r on r.id = ur.role_id
        where ur.user_id = ${users.id}), '[]'::json)`,
    })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .leftJoin(superiors, eq(superiors.id, users.superiorId))
    .where(eq(users.id, actor.id))
    .prepare(HOT)
    .execute();
  if (!row) throw appError('UNAUTHENTICATED');
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
    roles: row.roles,
    permissions: actor.permissions,
    superior: joinedUserRef(row.superiorId, row.superiorUsername, row.superiorDisplayName),
    timeZone: await readCompanyTimeZone(db, at),
  };
}
