import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listProductCategories } from './queries.js';
import type { TProductCategory, ZProductCategoryCreate } from './schemas.js';
import { productCategories } from './tables.js';

/** Q2C-1: a new category of the catalogue (product:manage); names are unique. */
export function createProductCategory(
  ctx: Ctx,
  input: z.output<typeof ZProductCategoryCreate>,
): Promise<TProductCategory> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const [taken] = await tx
      .select({ id: productCategories.id })
      .from(productCategories)
      .where(eq(productCategories.name, input.name));
    if (taken)
      throw appError('PRODUCT_CATEGORY_TAKEN', {
        name: { 'zh-CN': '已有同名类别', en: 'A category with this name exists' },
      });
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(productCategories)
      .values({ name: input.name, sort: input.sort, createdAt: at, createdBy: actor.id, updatedAt: at })
      .returning();
    if (!row) throw new Error('category insert failed');
    await audit(tx, ctx, {
      entity: 'product_category',
      entityId: row.id,
      action: 'product_category.create',
      after: row,
    });
    const { items } = await listProductCategories(tx);
    return items.find((c) => c.id === row.id)!;
  });
}
