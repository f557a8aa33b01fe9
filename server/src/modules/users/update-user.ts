import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { users } from '../../platform/org/tables.js';
import { replaceRoles } from './checks.js';
import { getUserInScope } from './queries.js';
import type { TUser, ZUserUpdate } from './schemas.js';

/** Edits a user's name, contact details and roles (placement changes go through moveUser). */
export async function updateUser(ctx: Ctx, id: string, input: z.output<typeof ZUserUpdate>): Promise<TUser> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const before = await getUserInScope(tx, actor, id, 'user:manage');
    const changes: Partial<typeof users.$inferInsert> = { updatedAt: ctx.clock.now() };
    if (input.displayName !== undefined) changes.displayName = input.displayName;
    if (input.email !== undefined) changes.email = input.email;
    if (input.phone !== undefined) changes.phone = input.phone;
    await tx.update(users).set(changes).where(eq(users.id, id));
    if (input.roleIds) await replaceRoles(tx, id, input.roleIds);
    const after = await getUserInScope(tx, actor, id, 'user:manage');
    await audit(tx, ctx, { entity: 'user', entityId: id, action: 'user.update', before, after });
    return after;
  });
}
