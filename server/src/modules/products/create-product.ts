import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { assertMaySetPrices, checkPrices, insertPriceVersion, type PriceSet } from './prices.js';
import { assertCategoryExists, assertCodeFree } from './product-code.js';
import { getProduct } from './queries.js';
import type { TProduct, ZProductCreate } from './schemas.js';
import { products } from './tables.js';

/**
 * Q2C-1: a new product (product:manage). The director sets new-product prices (制订新产品市场
 * 价格): prices in the body are accepted only from a holder of product:price and become
 * version 1, and the product is active. Anyone else creates it without prices: it is retired
 * and unpriced (version 0, prices 0) until the director prices it (PUT …/price activates it).
 */
export function createProduct(ctx: Ctx, input: z.output<typeof ZProductCreate>): Promise<TProduct> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const hasPrices =
      input.listPriceFen !== undefined || input.floorPriceFen !== undefined || !!input.costFen;
    let prices: PriceSet | null = null;
    if (hasPrices) {
      assertMaySetPrices(actor);
      prices = {
        listPriceFen: BigInt(input.listPriceFen ?? '0'),
        floorPriceFen: BigInt(input.floorPriceFen ?? input.listPriceFen ?? '0'),
        costFen: input.costFen ? BigInt(input.costFen) : null,
      };
      checkPrices(prices);
    }
    await assertCodeFree(tx, input.code);
    if (input.categoryId) await assertCategoryExists(tx, input.categoryId);
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(products)
      .values({
        code: input.code,
        name: input.name,
        categoryId: input.categoryId ?? null,
        unit: input.unit,
        spec: input.spec ?? null,
        listPriceFen: prices?.listPriceFen ?? 0n,
        floorPriceFen: prices?.floorPriceFen ?? 0n,
        costFen: prices?.costFen ?? null,
        status: prices ? 'active' : 'retired',
        priceVersion: prices ? 1 : 0,
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    if (!row) throw new Error('product insert failed');
    const version = prices
      ? await insertPriceVersion(tx, ctx, row.id, 1, prices, '新产品定价 / First price')
      : null;
    await audit(tx, ctx, {
      entity: 'product',
      entityId: row.id,
      action: 'product.create',
      after: { row, version },
    });
    return getProduct(tx, actor, row.id);
  });
}
