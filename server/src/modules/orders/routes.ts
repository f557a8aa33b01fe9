import { fileDownloadRoute } from '../../http/attachment-routes.js';
import type { App } from '../../http/types.js';
import { readSingleUpload } from '../../http/upload.js';
import { requireActor } from '../../platform/context.js';
import { ZId } from '../../platform/schemas.js';
import { acceptOrder } from './accept-order.js';
import { attachDocumentScan, readDocumentScan } from './attach-document-scan.js';
import { createOrder } from './create-order.js';
import { createReturn } from './create-return.js';
import { deliverOrder } from './deliver-order.js';
import { getOrder, listOrders } from './queries.js';
import { recordShipment } from './record-shipment.js';
import { getReturn, listReturns } from './return-queries.js';
import {
  ZDocumentParams,
  ZDocumentSet,
  ZOrder,
  ZOrderCreate,
  ZOrderListQuery,
  ZOrderPage,
  ZReturn,
  ZReturnCreate,
  ZReturnListQuery,
  ZReturnPage,
  ZReturnUpdate,
  ZShipmentCreate,
} from './schemas.js';
import { setDeliveryDocument } from './set-delivery-document.js';
import { submitReturn } from './submit-return.js';
import { updateReturn } from './update-return.js';

const tags = ['orders'];

/** Q2C-8, Q2C-10, Q2C-11: orders, shipments, delivery documents, acceptance, returns and exchanges. */
export function orderRoutes(app: App) {
  app.get(
    '/api/orders',
    {
      config: { permission: 'order:read' },
      schema: { tags, querystring: ZOrderListQuery, response: { 200: ZOrderPage } },
    },
    (req) => listOrders(req.ctx.db, requireActor(req.ctx), req.query),
  );
  app.get(
    '/api/orders/:id',
    { config: { permission: 'order:read' }, schema: { tags, params: ZId, response: { 200: ZOrder } } },
    (req) => getOrder(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/orders',
    {
      config: { permission: 'order:write' },
      schema: { tags, body: ZOrderCreate, response: { 200: ZOrder } },
    },
    (req) => createOrder(req.ctx, req.body),
  );
  app.post(
    '/api/orders/:id/shipments',
    {
      config: { permission: 'order:write' },
      schema: { tags, params: ZId, body: ZShipmentCreate, response: { 200: ZOrder } },
    },
    (req) => recordShipment(req.ctx, req.params.id, req.body),
  );
  app.put(
    '/api/orders/:id/documents/:kind',
    {
      config: { permission: 'order:write' },
      schema: { tags, params: ZDocumentParams, body: ZDocumentSet, response: { 200: ZOrder } },
    },
    (req) => setDeliveryDocument(req.ctx, req.params.id, req.params.kind, req.body.provided),
  );
  app.post(
    '/api/orders/:id/documents/:kind/file',
    {
      config: { permission: 'order:write' },
      schema: { tags, params: ZDocumentParams, consumes: ['multipart/form-data'], response: { 200: ZOrder } },
    },
    async (req) => attachDocumentScan(req.ctx, req.params.id, req.params.kind, await readSingleUpload(req)),
  );
  fileDownloadRoute(app, {
    path: '/api/orders/:id/documents/:kind/file',
    tags,
    permission: 'order:read',
    params: ZDocumentParams,
    read: (ctx, p) => readDocumentScan(ctx.db, requireActor(ctx), p.id, p.kind),
  });
  app.post(
    '/api/orders/:id/deliver',
    { config: { permission: 'order:write' }, schema: { tags, params: ZId, response: { 200: ZOrder } } },
    (req) => deliverOrder(req.ctx, req.params.id),
  );
  app.post(
    '/api/orders/:id/accept',
    { config: { permission: 'order:write' }, schema: { tags, params: ZId, response: { 200: ZOrder } } },
    (req) => acceptOrder(req.ctx, req.params.id),
  );

  app.get(
    '/api/returns',
    {
      config: { permission: 'order:read' },
      schema: { tags, querystring: ZReturnListQuery, response: { 200: ZReturnPage } },
    },
    (req) => listReturns(req.ctx.db, requireActor(req.ctx), req.query),
  );
  app.get(
    '/api/returns/:id',
    { config: { permission: 'order:read' }, schema: { tags, params: ZId, response: { 200: ZReturn } } },
    (req) => getReturn(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/returns',
    {
      config: { permission: 'return:write' },
      schema: { tags, body: ZReturnCreate, response: { 200: ZReturn } },
    },
    (req) => createReturn(req.ctx, req.body),
  );
  app.patch(
    '/api/returns/:id',
    {
      config: { permission: 'return:write' },
      schema: { tags, params: ZId, body: ZReturnUpdate, response: { 200: ZReturn } },
    },
    (req) => updateReturn(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/returns/:id/submit',
    { config: { permission: 'return:write' }, schema: { tags, params: ZId, response: { 200: ZReturn } } },
    (req) => submitReturn(req.ctx, req.params.id),
  );
}
