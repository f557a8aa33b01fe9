import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { checkPrices, insertPriceVersion } from './prices.js';
import { getProduct } from './queries.js';
import type { TProduct, ZProductPriceSet } from './schemas.js';
import { products } from './tables.js';

/**
 * Q2C-1: the director changes a product's prices (product:price): a new version with its
 * reason, the product row carries the current prices and version. Omitting the cost keeps
 * it. The first pricing of a product created without prices makes it active. Quotes already
 * written keep the prices they were made with (their lines hold a copy).
 */
export function setProductPrice(
  ctx: Ctx,
  id: string,
  input: z.output<typeof ZProductPriceSet>,
): Promise<TProduct> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    if (!isUuid(id)) throw appError('NOT_FOUND');
    const [before] = await tx.select().from(products).where(eq(products.id, id)).for('update');
    if (!before) throw appError('NOT_FOUND');
    const prices = {
      listPriceFen: BigInt(input.listPriceFen),
      floorPriceFen: BigInt(input.floorPriceFen),
      costFen: input.costFen ? BigInt(input.costFen) : before.costFen,
    };
    checkPrices(prices);
    const version = before.priceVersion + 1;
    const row = await insertPriceVersion(tx, ctx, id, version, prices, input.reason);
    const [after] = await tx
      .update(products)
      .set({
        ...prices,
        priceVersion: version,
        ...(before.priceVersion === 0 ? { status: 'active' as const } : {}),
        updatedAt: ctx.clock.now(),
      })
      .where(eq(products.id, id))
      .returning();
    await audit(tx, ctx, {
      entity: 'product',
      entityId: id,
      action: 'product.price',
      before,
      after: { product: after, version: row },
    });
    return getProduct(tx, actor, id);
  });
}
