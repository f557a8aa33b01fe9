import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { lockOpenOpportunity } from './lock-opportunity.js';
import { getOpportunity } from './queries.js';
import type { TOpportunity, ZOpportunityUpdate } from './schemas.js';
import { opportunities } from './tables.js';

/** CUS-8: name, amount, expected close date and remark of an open opportunity (a closed one is final). */
export function updateOpportunity(
  ctx: Ctx,
  id: string,
  input: z.output<typeof ZOpportunityUpdate>,
): Promise<TOpportunity> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const before = await lockOpenOpportunity(tx, actor, id);
    const at = ctx.clock.now();
    const [after] = await tx
      .update(opportunities)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.amountFen !== undefined ? { amountFen: BigInt(input.amountFen) } : {}),
        ...(input.expectedCloseDate !== undefined ? { expectedCloseDate: input.expectedCloseDate } : {}),
        ...(input.remark !== undefined ? { remark: input.remark } : {}),
        updatedAt: at,
      })
      .where(eq(opportunities.id, id))
      .returning();
    await audit(tx, ctx, {
      entity: 'opportunity',
      entityId: id,
      action: 'opportunity.update',
      before,
      after,
    });
    return getOpportunity(tx, actor, id, at);
  });
}
