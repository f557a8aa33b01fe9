import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { getGeneralRequest } from './queries.js';
import type { TGeneralRequest, TGeneralRequestCreate } from './schemas.js';
import { generalRequests } from './tables.js';

/** A user writes a general request (draft); it is submitted for approval separately. */
export function createGeneralRequest(ctx: Ctx, input: TGeneralRequestCreate): Promise<TGeneralRequest> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(generalRequests)
      .values({
        title: input.title.trim(),
        content: input.content.trim(),
        amountFen: input.amountFen ? BigInt(input.amountFen) : null,
        status: 'draft',
        ownerId: actor.id,
        unitId: actor.unitId,
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    await audit(tx, ctx, {
      entity: 'general_request',
      entityId: row!.id,
      action: 'request.create',
      after: row,
    });
    return getGeneralRequest(tx, actor, row!.id);
  });
}
