import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { getSeal } from './queries.js';
import type { TSeal, ZSealCreate } from './schemas.js';
import { seals } from './tables.js';

/** Q2C-9: registers a seal (印章登记) with its custodian, an active user. */
export function createSeal(ctx: Ctx, input: z.output<typeof ZSealCreate>): Promise<TSeal> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const [custodian] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, input.custodianId), eq(users.status, 'active')));
    if (!custodian) {
      throw appError('VALIDATION_FAILED', {
        custodianId: { 'zh-CN': '保管人须为在职人员', en: 'The custodian must be an active user' },
      });
    }
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(seals)
      .values({
        name: input.name,
        kind: input.kind,
        custodianId: custodian.id,
        remark: input.remark ?? null,
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    await audit(tx, ctx, { entity: 'seal', entityId: row!.id, action: 'seal.create', after: row });
    return getSeal(tx, row!.id);
  });
}
