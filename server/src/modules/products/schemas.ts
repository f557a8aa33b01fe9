import { z } from 'zod';
import {
  ZDateTime,
  ZPageQuery,
  ZUserRef,
  zFen,
  zFenInput,
  zOptionalText,
  zPage,
  zText,
} from '../../platform/schemas.js';
import { productStatuses } from './tables.js';

export const ZProductStatus = z.enum(productStatuses);

export const ZProductCategory = z.object({
  id: z.uuid(),
  name: z.string(),
  sort: z.number().int(),
  /** Products filed under the category (all statuses). */
  productCount: z.number().int(),
});
export const ZProductCategoryList = z.object({ items: z.array(ZProductCategory) });
export const ZProductCategoryCreate = z.object({
  name: zText(50),
  sort: z.number().int().min(0).max(10_000).default(0),
});

/**
 * Q2C-1: a catalogue entry. Money is fen as digit strings. `costFen` is present only for
 * holders of product:cost; everyone else gets the object without the key.
 */
export const ZProduct = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  category: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  unit: z.string(),
  spec: z.string().nullable(),
  status: ZProductStatus,
  listPriceFen: z.string(),
  floorPriceFen: z.string(),
  costFen: z.string().nullable().optional(),
  /** The current price version; 0 while the director has not priced a new product yet. */
  priceVersion: z.number().int(),
  /** Prices were set (version ≥ 1); an unpriced product stays retired and cannot be quoted. */
  priced: z.boolean(),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
});
export const ZProductPage = zPage(ZProduct);

export const ZProductListQuery = ZPageQuery.extend({
  /** Code, name or specification contains. */
  q: z.string().trim().max(100).optional(),
  categoryId: z.uuid().optional(),
  status: ZProductStatus.optional(),
  sort: z.enum(['code', 'name', 'listPriceFen', 'updatedAt']).default('code'),
});

/** The prices of one version: list ≥ floor > 0 is checked by the use case (field floorPriceFen). */
const priceFields = {
  listPriceFen: zFen,
  floorPriceFen: zFen,
  /** Omitted or empty: no cost recorded (on a price change: the cost stays as it was). */
  costFen: zFenInput,
};

/**
 * Q2C-1: a new catalogue entry (product:manage). Prices are optional and accepted only from a
 * holder of product:price (the director); without them the product is created retired and
 * unpriced (version 0) until the director prices it, which makes it active.
 */
export const ZProductCreate = z.object({
  code: zText(40),
  name: zText(100),
  categoryId: z.uuid().nullish(),
  unit: zText(10),
  spec: zOptionalText(500),
  listPriceFen: zFen.optional(),
  floorPriceFen: zFen.optional(),
  costFen: zFenInput,
});

/** Q2C-1: the non-price fields (product:manage). */
export const ZProductUpdate = z.object({
  code: zText(40).optional(),
  name: zText(100).optional(),
  categoryId: z.uuid().nullish(),
  unit: zText(10).optional(),
  spec: zOptionalText(500),
  status: ZProductStatus.optional(),
});

/** Q2C-1: a price change by the director — a new version with its reason. */
export const ZProductPriceSet = z.object({ ...priceFields, reason: zText(500) });

export const ZProductPriceVersion = z.object({
  version: z.number().int(),
  listPriceFen: z.string(),
  floorPriceFen: z.string(),
  costFen: z.string().nullable().optional(),
  reason: z.string().nullable(),
  effectiveAt: ZDateTime,
  actor: ZUserRef.nullable(),
});
export const ZProductPriceHistory = z.object({ items: z.array(ZProductPriceVersion) });

export type TProductStatus = z.infer<typeof ZProductStatus>;
export type TProductCategory = z.infer<typeof ZProductCategory>;
export type TProductCategoryList = z.infer<typeof ZProductCategoryList>;
export type TProductCategoryCreate = z.input<typeof ZProductCategoryCreate>;
export type TProduct = z.infer<typeof ZProduct>;
export type TProductPage = z.infer<typeof ZProductPage>;
export type TProductListQuery = z.input<typeof ZProductListQuery>;
export type TProductCreate = z.input<typeof ZProductCreate>;
export type TProductUpdate = z.input<typeof ZProductUpdate>;
export type TProductPriceSet = z.input<typeof ZProductPriceSet>;
export type TProductPriceVersion = z.infer<typeof ZProductPriceVersion>;
export type TProductPriceHistory = z.infer<typeof ZProductPriceHistory>;
