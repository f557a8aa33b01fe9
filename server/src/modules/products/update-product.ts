import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { assertCategoryExists, assertCodeFree } from './product-code.js';
import { getProduct } from './queries.js';
import type { TProduct, ZProductUpdate } from './schemas.js';
import { products } from './tables.js';

/**
 * Q2C-1: the catalogue's non-price fields (product:manage): code, name, category, unit,
 * specification and status. An unpriced product cannot be made active (PRODUCT_NOT_PRICED).
 */
export function updateProduct(
  ctx: Ctx,
  id: string,
  input: z.output<typeof ZProductUpdate>,
): Promise<TProduct> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    if (!isUuid(id)) throw appError('NOT_FOUND');
    const [before] = await tx.select().from(products).where(eq(products.id, id)).for('update');
    if (!before) throw appError('NOT_FOUND');
    if (input.code !== undefined) await assertCodeFree(tx, input.code, id);
    if (input.categoryId) await assertCategoryExists(tx, input.categoryId);
    if (input.status === 'active' && before.priceVersion === 0)
      throw appError('PRODUCT_NOT_PRICED', {
        status: { 'zh-CN': '尚未定价的产品不能启用', en: 'An unpriced product cannot be activated' },
      });
    const [after] = await tx
      .update(products)
      .set({
        ...(input.code !== undefined ? { code: input.code } : {}),
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.categoryId !== undefined ? { categoryId: input.categoryId } : {}),
        ...(input.unit !== undefined ? { unit: input.unit } : {}),
        ...(input.spec !== undefined ? { spec: input.spec } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        updatedAt: ctx.clock.now(),
      })
      .where(eq(products.id, id))
      .returning();
    await audit(tx, ctx, { entity: 'product', entityId: id, action: 'product.update', before, after });
    return getProduct(tx, actor, id);
  });
}
