import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { assertValidSuperior } from '../../platform/org/chain.js';
import { users } from '../../platform/org/tables.js';
import { assertUnitExists } from './checks.js';
import { recordPlacement } from './placements.js';
import { getUserInScope } from './queries.js';
import type { TUser, ZUserMove } from './schemas.js';

/** ORG-1/ORG-2: moves a user to another unit, superior or position; the old placement stays in history. */
export async function moveUser(ctx: Ctx, id: string, input: z.output<typeof ZUserMove>): Promise<TUser> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const before = await getUserInScope(tx, actor, id, 'user:manage');
    await assertUnitExists(tx, input.unitId);
    await assertValidSuperior(tx, id, input.superiorId);
    const at = ctx.clock.now();
    await tx
      .update(users)
      .set({ unitId: input.unitId, superiorId: input.superiorId, position: input.position, updatedAt: at })
      .where(eq(users.id, id));
    await recordPlacement(tx, { userId: id, ...input, at, by: actor.id });
    const after = await getUserInScope(tx, { ...actor, permissions: { 'user:read': 'all' } }, id);
    await audit(tx, ctx, {
      entity: 'user',
      entityId: id,
      action: 'user.move',
      before,
      after: { ...after, reason: input.reason },
    });
    return after;
  });
}
