import { and, eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { getRedemption, keeperScope } from './queries.js';
import type { TRedemption } from './schemas.js';
import { redemptions } from './tables.js';

/** INC-6: the catalogue's keeper marks an approved reward as handed over (已发放). */
export function fulfilRedemption(ctx: Ctx, id: string): Promise<TRedemption> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    if (!isUuid(id)) throw appError('NOT_FOUND');
    const [before] = await tx
      .select()
      .from(redemptions)
      .where(and(eq(redemptions.id, id), keeperScope(actor)))
      .for('update');
    if (!before) throw appError('NOT_FOUND');
    if (before.status !== 'approved') throw appError('REDEMPTION_NOT_APPROVED');
    const at = ctx.clock.now();
    await tx
      .update(redemptions)
      .set({ status: 'fulfilled', fulfilledAt: at, updatedAt: at })
      .where(eq(redemptions.id, id));
    await audit(tx, ctx, {
      entity: 'redemption',
      entityId: id,
      action: 'redemption.fulfil',
      before: { status: before.status },
      after: { status: 'fulfilled', fulfilledAt: at },
    });
    return getRedemption(tx, actor, id);
  });
}
