import type { Tx } from '../../db/client.js';
import type { Actor, Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { productPriceVersions } from './tables.js';

export interface PriceSet {
  listPriceFen: bigint;
  floorPriceFen: bigint;
  costFen: bigint | null;
}

/** Q2C-1: a list price above zero and a floor price not above it (field messages otherwise). */
export function checkPrices(p: PriceSet): void {
  if (p.listPriceFen <= 0n)
    throw appError('VALIDATION_FAILED', {
      listPriceFen: { 'zh-CN': '市场价须大于零', en: 'The list price must be above zero' },
    });
  if (p.floorPriceFen > p.listPriceFen)
    throw appError('VALIDATION_FAILED', {
      floorPriceFen: { 'zh-CN': '底价不能高于市场价', en: 'The floor price cannot be above the list price' },
    });
}

/** Q2C-1: only a holder of product:price (the director) sets prices. */
export function assertMaySetPrices(actor: Actor): void {
  if (!actor.permissions['product:price'])
    throw appError('FORBIDDEN', {
      listPriceFen: {
        'zh-CN': '产品价格由销售总监制订，您可以先建档，定价后产品才会启用',
        en: 'Prices are set by the sales director; create the product without them and it is activated once priced',
      },
    });
}

/** Writes one price version (the caller updates the product row and audits). */
export async function insertPriceVersion(
  tx: Tx,
  ctx: Ctx,
  productId: string,
  version: number,
  p: PriceSet,
  reason: string,
) {
  const [row] = await tx
    .insert(productPriceVersions)
    .values({
      productId,
      version,
      listPriceFen: p.listPriceFen,
      floorPriceFen: p.floorPriceFen,
      costFen: p.costFen,
      reason,
      effectiveAt: ctx.clock.now(),
      actorId: ctx.actor?.id ?? null,
    })
    .returning();
  return row!;
}
