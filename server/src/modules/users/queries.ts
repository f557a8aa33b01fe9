import { and, asc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import { roles, userRoles } from '../../platform/access/tables.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { joinedUserRef } from '../../platform/org/refs.js';
import { units, users } from '../../platform/org/tables.js';
import { inUnit } from '../../platform/org/tree.js';
import { iso, isoOrNull } from '../../platform/schemas.js';
import type { TUser, TUserListItem, ZUserListQuery } from './schemas.js';

const superiors = alias(users, 'superiors');

/** ORG-5: which users an actor may see for a permission — the shared scope mechanism. */
export function userScope(actor: Actor, permission: 'user:read' | 'user:manage'): SQL {
  return scopeCondition(actor, permission, { owner: users.id, unit: users.unitId });
}

const listColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  position: users.position,
  status: users.status,
  unitId: units.id,
  unitName: units.name,
  superiorId: superiors.id,
  superiorUsername: superiors.username,
  superiorDisplayName: superiors.displayName,
};

type ListRow = { [K in keyof typeof listColumns]: (typeof listColumns)[K]['_']['data'] | null };

async function rolesFor(db: DbOrTx, userIds: string[]) {
  if (userIds.length === 0) return new Map<string, TUserListItem['roles']>();
  const rows = await db
    .select({
      userId: userRoles.userId,
      id: roles.id,
      code: roles.code,
      nameZh: roles.nameZh,
      nameEn: roles.nameEn,
    })
    .from(userRoles)
    .innerJoin(roles, eq(roles.id, userRoles.roleId))
    .where(inArray(userRoles.userId, userIds))
    .orderBy(asc(roles.code));
  const byUser = new Map<string, TUserListItem['roles']>();
  for (const { userId, ...role } of rows) byUser.set(userId, [...(byUser.get(userId) ?? []), role]);
  return byUser;
}

function toListItem(row: ListRow, roleMap: Map<string, TUserListItem['roles']>): TUserListItem {
  return {
    id: row.id!,
    username: row.username!,
    displayName: row.displayName!,
    position: row.position!,
    status: row.status!,
    unit: { id: row.unitId!, name: row.unitName! },
    superior: joinedUserRef(row.superiorId, row.superiorUsername, row.superiorDisplayName),
    roles: roleMap.get(row.id!) ?? [],
  };
}

/** Users list: filtered, sorted and paged in SQL, within the actor's data scope. */
export function listUsers(db: DbOrTx, actor: Actor, query: z.output<typeof ZUserListQuery>) {
  const like = query.q ? containsPattern(query.q) : null;
  return listPage({
    db,
    rows: db
      .select(listColumns)
      .from(users)
      .innerJoin(units, eq(units.id, users.unitId))
      .leftJoin(superiors, eq(superiors.id, users.superiorId))
      .$dynamic(),
    count: db.select().from(users).$dynamic(),
    scope: userScope(actor, 'user:read'),
    filters: [
      like
        ? or(ilike(users.username, like), ilike(users.displayName, like), ilike(users.position, like))
        : undefined,
      query.unitId ? inUnit(users.unitId, query.unitId, query.unitTree === 'true') : undefined,
      query.status ? eq(users.status, query.status) : undefined,
      query.roleId
        ? sql`exists (select 1 from user_roles ur where ur.user_id = ${users.id} and ur.role_id = ${query.roleId})`
        : undefined,
    ],
    sort: {
      keys: {
        username: users.username,
        displayName: users.displayName,
        position: users.position,
        createdAt: users.createdAt,
      },
      default: 'username',
      tieBreaker: users.id,
      tieBreakerOrder: 'asc',
    },
    query,
    toItems: async (rows) => {
      const roleMap = await rolesFor(
        db,
        rows.map((r) => r.id),
      );
      return rows.map((r) => toListItem(r, roleMap));
    },
  });
}

/** One user's full record, or 404 when it is outside the actor's scope for the permission. */
export async function getUserInScope(
  db: DbOrTx,
  actor: Actor,
  id: string,
  permission: 'user:read' | 'user:manage' = 'user:read',
): Promise<TUser> {
  const [row] = await db
    .select({
      ...listColumns,
      email: users.email,
      phone: users.phone,
      locale: users.locale,
      lockedUntil: users.lockedUntil,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
    })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .leftJoin(superiors, eq(superiors.id, users.superiorId))
    .where(and(eq(users.id, id), userScope(actor, permission)));
  if (!row) throw appError('NOT_FOUND');
  const roleMap = await rolesFor(db, [id]);
  return {
    ...toListItem(row, roleMap),
    email: row.email,
    phone: row.phone,
    locale: row.locale,
    lockedUntil: isoOrNull(row.lockedUntil),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}
