import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx, Tx } from '../../db/client.js';
import { isKnownPermission } from '../../platform/access/permissions.js';
import { rolePermissions, roles } from '../../platform/access/tables.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import type { TGrant, TRole, ZRoleCreate, ZRoleUpdate } from './schemas.js';

export async function listRoles(db: DbOrTx, onlyId?: string): Promise<TRole[]> {
  const rows = await db
    .select({
      id: roles.id,
      code: roles.code,
      nameZh: roles.nameZh,
      nameEn: roles.nameEn,
      preset: roles.preset,
      userCount: sql<number>`(select count(*)::int from user_roles ur where ur.role_id = "roles"."id")`,
    })
    .from(roles)
    .where(onlyId ? eq(roles.id, onlyId) : undefined)
    .orderBy(asc(roles.createdAt), asc(roles.code));
  const grants = await db
    .select()
    .from(rolePermissions)
    .where(onlyId ? eq(rolePermissions.roleId, onlyId) : undefined)
    .orderBy(asc(rolePermissions.permission));
  return rows.map((r) => ({
    ...r,
    permissions: grants
      .filter((g) => g.roleId === r.id)
      .map(({ permission, scope }) => ({ permission, scope })),
  }));
}

async function getRole(db: DbOrTx, id: string): Promise<TRole> {
  const [role] = await listRoles(db, id);
  if (!role) throw appError('NOT_FOUND');
  return role;
}

async function writeGrants(tx: Tx, roleId: string, grants: TGrant[]) {
  const unknown = grants.find((g) => !isKnownPermission(g.permission));
  if (unknown) {
    throw appError('VALIDATION_FAILED', {
      permissions: {
        'zh-CN': `未知权限：${unknown.permission}`,
        en: `Unknown permission: ${unknown.permission}`,
      },
    });
  }
  const byPermission = new Map(grants.map((g) => [g.permission, g.scope]));
  await tx.delete(rolePermissions).where(eq(rolePermissions.roleId, roleId));
  if (byPermission.size > 0) {
    await tx
      .insert(rolePermissions)
      .values([...byPermission].map(([permission, scope]) => ({ roleId, permission, scope })));
  }
}

export async function createRole(ctx: Ctx, input: z.output<typeof ZRoleCreate>): Promise<TRole> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const [taken] = await tx.select({ id: roles.id }).from(roles).where(eq(roles.code, input.code));
    if (taken) throw appError('ROLE_CODE_TAKEN', { code: { 'zh-CN': '编码已被使用', en: 'Code is taken' } });
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(roles)
      .values({
        code: input.code,
        nameZh: input.nameZh,
        nameEn: input.nameEn,
        createdAt: at,
        updatedAt: at,
        createdBy: actor.id,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await writeGrants(tx, row.id, input.permissions);
    const after = await getRole(tx, row.id);
    await audit(tx, ctx, { entity: 'role', entityId: row.id, action: 'role.create', after });
    return after;
  });
}

/** ORG-6: admins edit what each role may do, presets included. */
export async function updateRole(ctx: Ctx, id: string, input: z.output<typeof ZRoleUpdate>): Promise<TRole> {
  return inTx(ctx, async (tx) => {
    const before = await getRole(tx, id);
    await tx
      .update(roles)
      .set({
        ...(input.nameZh !== undefined ? { nameZh: input.nameZh } : {}),
        ...(input.nameEn !== undefined ? { nameEn: input.nameEn } : {}),
        updatedAt: ctx.clock.now(),
      })
      .where(eq(roles.id, id));
    if (input.permissions) await writeGrants(tx, id, input.permissions);
    const after = await getRole(tx, id);
    await audit(tx, ctx, { entity: 'role', entityId: id, action: 'role.update', before, after });
    return after;
  });
}
