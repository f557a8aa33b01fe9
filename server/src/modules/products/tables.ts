import { bigint, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';

/** Q2C-1: product categories of the catalogue. */
export const productCategories = pgTable('product_categories', {
  id: idColumn(),
  name: text().notNull().unique(),
  sort: integer().notNull().default(0),
  ...rowStamps,
});

export const productStatuses = ['active', 'retired'] as const;

/**
 * Q2C-1: the catalogue. Prices in fen: the list price reps quote, the floor price below which a
 * quote needs approval, and the cost (shown only to holders of product:cost). The current
 * prices are the latest version in product_price_versions.
 */
export const products = pgTable(
  'products',
  {
    id: idColumn(),
    code: text().notNull().unique(),
    name: text().notNull(),
    categoryId: uuid().references(() => productCategories.id),
    /** 台, 套, 件 … */
    unit: text().notNull(),
    spec: text(),
    listPriceFen: bigint({ mode: 'bigint' }).notNull(),
    floorPriceFen: bigint({ mode: 'bigint' }).notNull(),
    costFen: bigint({ mode: 'bigint' }),
    status: text({ enum: productStatuses }).notNull().default('active'),
    priceVersion: integer().notNull().default(1),
    ...rowStamps,
  },
  (t) => [index().on(t.categoryId)],
);

/** Q2C-1: every price set, with its reason; version 1 is the price at creation. */
export const productPriceVersions = pgTable(
  'product_price_versions',
  {
    id: idColumn(),
    productId: uuid()
      .notNull()
      .references(() => products.id),
    version: integer().notNull(),
    listPriceFen: bigint({ mode: 'bigint' }).notNull(),
    floorPriceFen: bigint({ mode: 'bigint' }).notNull(),
    costFen: bigint({ mode: 'bigint' }),
    reason: text(),
    effectiveAt: timestamp({ withTimezone: true }).notNull(),
    actorId: uuid(),
  },
  (t) => [uniqueIndex().on(t.productId, t.version)],
);
