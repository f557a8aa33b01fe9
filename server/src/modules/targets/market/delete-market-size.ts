import { eq } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { marketSizes } from '../tables.js';

/** PLAN-5: a market size entered by mistake is removed; the audit row keeps the figure. */
export function deleteMarketSize(ctx: Ctx, id: string): Promise<{ ok: true }> {
  requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const [row] = await tx.delete(marketSizes).where(eq(marketSizes.id, id)).returning();
    if (!row) throw appError('NOT_FOUND');
    await audit(tx, ctx, {
      entity: 'market_size',
      entityId: row.id,
      action: 'marketSize.delete',
      before: { ...row, sizeFen: row.sizeFen.toString() },
    });
    return { ok: true as const };
  });
}
