import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { assertValidSuperior } from '../../platform/org/chain.js';
import { users } from '../../platform/org/tables.js';
import { hashPassword } from '../../platform/sessions/passwords.js';
import { assertUnitExists, replaceRoles } from './checks.js';
import { recordPlacement } from './placements.js';
import { getUserInScope } from './queries.js';
import type { TUser, ZUserCreate } from './schemas.js';

/** ORG-1/ORG-2: a new user in a unit, under exactly one direct superior, with roles. */
export async function createUser(ctx: Ctx, input: z.output<typeof ZUserCreate>): Promise<TUser> {
  const actor = requireActor(ctx);
  const passwordHash = await hashPassword(input.password);
  return inTx(ctx, async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
    if (taken) {
      throw appError('USERNAME_TAKEN', { username: { 'zh-CN': '用户名已被使用', en: 'Username is taken' } });
    }
    await assertUnitExists(tx, input.unitId);
    await assertValidSuperior(tx, null, input.superiorId);
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        passwordHash,
        unitId: input.unitId,
        position: input.position,
        superiorId: input.superiorId,
        email: input.email ?? null,
        phone: input.phone ?? null,
        createdAt: at,
        updatedAt: at,
        passwordChangedAt: at,
        createdBy: actor.id,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await replaceRoles(tx, row.id, input.roleIds);
    await recordPlacement(tx, {
      userId: row.id,
      unitId: row.unitId,
      superiorId: row.superiorId,
      position: row.position,
      reason: null,
      at,
      by: actor.id,
    });
    const created = await getUserInScope(tx, { ...actor, permissions: { 'user:read': 'all' } }, row.id);
    await audit(tx, ctx, { entity: 'user', entityId: row.id, action: 'user.create', after: created });
    return created;
  });
}
