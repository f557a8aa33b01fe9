import { asc, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { joinedUserRef } from '../../platform/org/refs.js';
import { users } from '../../platform/org/tables.js';
import { iso, isUuid } from '../../platform/schemas.js';
import type {
  TProduct,
  TProductCategoryList,
  TProductPage,
  TProductPriceHistory,
  ZProductListQuery,
} from './schemas.js';
import { productCategories, productPriceVersions, products } from './tables.js';

/** Q2C-1: only holders of product:cost see what a product costs. */
export function seesCost(actor: Actor): boolean {
  return actor.permissions['product:cost'] !== undefined;
}

const columns = {
  id: products.id,
  code: products.code,
  name: products.name,
  categoryId: productCategories.id,
  categoryName: productCategories.name,
  unit: products.unit,
  spec: products.spec,
  status: products.status,
  listPriceFen: products.listPriceFen,
  floorPriceFen: products.floorPriceFen,
  costFen: products.costFen,
  priceVersion: products.priceVersion,
  createdAt: products.createdAt,
  updatedAt: products.updatedAt,
};

type Row = {
  id: string;
  code: string;
  name: string;
  categoryId: string | null;
  categoryName: string | null;
  unit: string;
  spec: string | null;
  status: TProduct['status'];
  listPriceFen: bigint;
  floorPriceFen: bigint;
  costFen: bigint | null;
  priceVersion: number;
  createdAt: Date;
  updatedAt: Date;
};

function toProduct(r: Row, withCost: boolean): TProduct {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    category: r.categoryId && r.categoryName !== null ? { id: r.categoryId, name: r.categoryName } : null,
    unit: r.unit,
    spec: r.spec,
    status: r.status,
    listPriceFen: r.listPriceFen.toString(),
    floorPriceFen: r.floorPriceFen.toString(),
    ...(withCost ? { costFen: r.costFen === null ? null : r.costFen.toString() } : {}),
    priceVersion: r.priceVersion,
    priced: r.priceVersion > 0,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

function selectProducts(db: DbOrTx) {
  return db
    .select(columns)
    .from(products)
    .leftJoin(productCategories, eq(productCategories.id, products.categoryId));
}

/** Q2C-1: the categories of the catalogue, in their order, with how many products each has. */
export async function listProductCategories(db: DbOrTx): Promise<TProductCategoryList> {
  const rows = await db
    .select({
      id: productCategories.id,
      name: productCategories.name,
      sort: productCategories.sort,
      productCount: sql<number>`(select count(*)::int from products p where p.category_id = ${productCategories.id})`,
    })
    .from(productCategories)
    .orderBy(asc(productCategories.sort), asc(productCategories.name));
  return { items: rows.map((r) => ({ ...r, productCount: Number(r.productCount) })) };
}

/** Q2C-1: the catalogue, filtered, sorted and paged by the server; everyone who sells reads it. */
export function listProducts(
  db: DbOrTx,
  actor: Actor,
  q: z.output<typeof ZProductListQuery>,
): Promise<TProductPage> {
  const like = q.q ? containsPattern(q.q) : null;
  const withCost = seesCost(actor);
  return listPage({
    db,
    rows: selectProducts(db).$dynamic(),
    count: db.select().from(products).$dynamic(),
    // The catalogue is company-wide: every seller reads all of it.
    scope: undefined,
    filters: [
      like
        ? or(ilike(products.code, like), ilike(products.name, like), ilike(products.spec, like))
        : undefined,
      q.categoryId ? eq(products.categoryId, q.categoryId) : undefined,
      q.status ? eq(products.status, q.status) : undefined,
    ],
    sort: {
      keys: {
        code: products.code,
        name: products.name,
        listPriceFen: products.listPriceFen,
        updatedAt: products.updatedAt,
      },
      default: 'code',
      tieBreaker: products.id,
      tieBreakerOrder: 'asc',
    },
    query: q,
    toItems: (rows) => rows.map((r) => toProduct(r as Row, withCost)),
  });
}

/** One product; 404 when there is no such product. */
export async function getProduct(db: DbOrTx, actor: Actor, id: string): Promise<TProduct> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectProducts(db).where(eq(products.id, id));
  if (!row) throw appError('NOT_FOUND');
  return toProduct(row as Row, seesCost(actor));
}

/** Q2C-1: every price version of a product, newest first (costs only for product:cost). */
export async function productPriceHistory(
  db: DbOrTx,
  actor: Actor,
  id: string,
): Promise<TProductPriceHistory> {
  await getProduct(db, actor, id);
  const rows = await db
    .select({
      version: productPriceVersions.version,
      listPriceFen: productPriceVersions.listPriceFen,
      floorPriceFen: productPriceVersions.floorPriceFen,
      costFen: productPriceVersions.costFen,
      reason: productPriceVersions.reason,
      effectiveAt: productPriceVersions.effectiveAt,
      actorId: users.id,
      actorUsername: users.username,
      actorName: users.displayName,
    })
    .from(productPriceVersions)
    .leftJoin(users, eq(users.id, productPriceVersions.actorId))
    .where(eq(productPriceVersions.productId, id))
    .orderBy(desc(productPriceVersions.version));
  const withCost = seesCost(actor);
  return {
    items: rows.map((r) => ({
      version: r.version,
      listPriceFen: r.listPriceFen.toString(),
      floorPriceFen: r.floorPriceFen.toString(),
      ...(withCost ? { costFen: r.costFen === null ? null : r.costFen.toString() } : {}),
      reason: r.reason,
      effectiveAt: iso(r.effectiveAt),
      actor: joinedUserRef(r.actorId, r.actorUsername, r.actorName),
    })),
  };
}

/** What a quote line needs of a product (Q2C-2): name, unit, status and current prices. */
export interface ProductForQuote {
  id: string;
  code: string;
  name: string;
  unit: string;
  status: TProduct['status'];
  priced: boolean;
  listPriceFen: bigint;
  floorPriceFen: bigint;
}

/** The products of a quote's lines, by id, in one query (missing ids are simply absent). */
export async function productsForQuote(db: DbOrTx, ids: string[]): Promise<Map<string, ProductForQuote>> {
  const wanted = [...new Set(ids)].filter(isUuid);
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({
      id: products.id,
      code: products.code,
      name: products.name,
      unit: products.unit,
      status: products.status,
      priceVersion: products.priceVersion,
      listPriceFen: products.listPriceFen,
      floorPriceFen: products.floorPriceFen,
    })
    .from(products)
    .where(inArray(products.id, wanted));
  return new Map(rows.map((r) => [r.id, { ...r, priced: r.priceVersion > 0 }]));
}
