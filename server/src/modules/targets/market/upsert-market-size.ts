import { and, eq } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { units } from '../../../platform/org/tables.js';
import { marketSizes } from '../tables.js';
import { getMarketSize } from './queries.js';
import type { TMarketSize, TMarketSizeInput } from './schemas.js';

const notARegion = {
  'zh-CN': '市场容量按大区（或全公司）录入',
  en: 'Market sizes are entered for a region (or the whole company)',
};

/**
 * PLAN-5: the market size of a region (a unit of kind region) or of the whole company (the root
 * unit) for a year — entered once and corrected in place; the base of market share. Audited
 * with the figure before and after.
 */
export function upsertMarketSize(ctx: Ctx, input: TMarketSizeInput): Promise<TMarketSize> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const [unit] = await tx.select().from(units).where(eq(units.id, input.unitId));
    if (!unit || (unit.kind !== 'region' && unit.parentId !== null)) {
      throw appError('VALIDATION_FAILED', { unitId: notARegion });
    }
    const at = ctx.clock.now();
    const values = {
      sizeFen: BigInt(input.sizeFen),
      source: input.source ?? null,
      enteredOn: input.enteredOn ?? null,
      createdBy: actor.id,
      updatedAt: at,
    };
    const [before] = await tx
      .select()
      .from(marketSizes)
      .where(and(eq(marketSizes.unitId, input.unitId), eq(marketSizes.year, input.year)))
      .for('update');
    const [row] = await tx
      .insert(marketSizes)
      .values({ unitId: input.unitId, year: input.year, createdAt: at, ...values })
      .onConflictDoUpdate({ target: [marketSizes.unitId, marketSizes.year], set: values })
      .returning();
    await audit(tx, ctx, {
      entity: 'market_size',
      entityId: row!.id,
      action: before ? 'marketSize.update' : 'marketSize.create',
      before: before ? { ...before, sizeFen: before.sizeFen.toString() } : null,
      after: { ...row, sizeFen: row!.sizeFen.toString() },
    });
    return getMarketSize(tx, row!.id);
  });
}
