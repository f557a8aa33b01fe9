import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { ZId } from '../../platform/schemas.js';
import { createProductCategory } from './create-category.js';
import { createProduct } from './create-product.js';
import { getProduct, listProductCategories, listProducts, productPriceHistory } from './queries.js';
import {
  ZProduct,
  ZProductCategory,
  ZProductCategoryCreate,
  ZProductCategoryList,
  ZProductCreate,
  ZProductListQuery,
  ZProductPage,
  ZProductPriceHistory,
  ZProductPriceSet,
  ZProductUpdate,
} from './schemas.js';
import { setProductPrice } from './set-product-price.js';
import { updateProduct } from './update-product.js';

const tags = ['products'];

/** Q2C-1: the product catalogue and its versioned prices. */
export function productRoutes(app: App) {
  app.get(
    '/api/product-categories',
    { config: { permission: 'product:read' }, schema: { tags, response: { 200: ZProductCategoryList } } },
    (req) => listProductCategories(req.ctx.db),
  );
  app.post(
    '/api/product-categories',
    {
      config: { permission: 'product:manage' },
      schema: { tags, body: ZProductCategoryCreate, response: { 200: ZProductCategory } },
    },
    (req) => createProductCategory(req.ctx, req.body),
  );
  app.get(
    '/api/products',
    {
      config: { permission: 'product:read' },
      schema: { tags, querystring: ZProductListQuery, response: { 200: ZProductPage } },
    },
    (req) => listProducts(req.ctx.db, requireActor(req.ctx), req.query),
  );
  app.get(
    '/api/products/:id',
    { config: { permission: 'product:read' }, schema: { tags, params: ZId, response: { 200: ZProduct } } },
    (req) => getProduct(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.get(
    '/api/products/:id/prices',
    {
      config: { permission: 'product:read' },
      schema: { tags, params: ZId, response: { 200: ZProductPriceHistory } },
    },
    (req) => productPriceHistory(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/products',
    {
      config: { permission: 'product:manage' },
      schema: { tags, body: ZProductCreate, response: { 200: ZProduct } },
    },
    (req) => createProduct(req.ctx, req.body),
  );
  app.patch(
    '/api/products/:id',
    {
      config: { permission: 'product:manage' },
      schema: { tags, params: ZId, body: ZProductUpdate, response: { 200: ZProduct } },
    },
    (req) => updateProduct(req.ctx, req.params.id, req.body),
  );
  app.put(
    '/api/products/:id/price',
    {
      config: { permission: 'product:price' },
      schema: { tags, params: ZId, body: ZProductPriceSet, response: { 200: ZProduct } },
    },
    (req) => setProductPrice(req.ctx, req.params.id, req.body),
  );
}
