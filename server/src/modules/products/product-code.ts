import { and, eq, ne } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { appError } from '../../platform/errors.js';
import { productCategories, products } from './tables.js';

/** Product codes are unique (409 on the field otherwise). */
export async function assertCodeFree(tx: Tx, code: string, exceptId?: string): Promise<void> {
  const [taken] = await tx
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.code, code), exceptId ? ne(products.id, exceptId) : undefined));
  if (taken)
    throw appError('PRODUCT_CODE_TAKEN', {
      code: { 'zh-CN': '该编码已被其他产品使用', en: 'Another product uses this code' },
    });
}

/** The category must exist (400 on the field otherwise). */
export async function assertCategoryExists(tx: Tx, categoryId: string): Promise<void> {
  const [row] = await tx
    .select({ id: productCategories.id })
    .from(productCategories)
    .where(eq(productCategories.id, categoryId));
  if (!row)
    throw appError('VALIDATION_FAILED', {
      categoryId: { 'zh-CN': '没有这个产品类别', en: 'No such category' },
    });
}
