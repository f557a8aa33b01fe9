import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { ZId } from '../../platform/schemas.js';
import { createGeneralRequest } from './create-request.js';
import { getGeneralRequest, listGeneralRequests } from './queries.js';
import {
  ZGeneralRequest,
  ZGeneralRequestCreate,
  ZGeneralRequestPage,
  ZGeneralRequestQuery,
  ZGeneralRequestUpdate,
} from './schemas.js';
import { updateGeneralRequest } from './update-request.js';

const tags = ['requests'];

/** 通用申请: write, edit (not while pending), read in scope. Submission goes through /api/approvals/submit. */
export function requestRoutes(app: App) {
  app.get(
    '/api/requests',
    {
      config: { permission: 'request:read' },
      schema: { tags, querystring: ZGeneralRequestQuery, response: { 200: ZGeneralRequestPage } },
    },
    (req) => listGeneralRequests(req.ctx.db, requireActor(req.ctx), req.query),
  );
  app.get(
    '/api/requests/:id',
    {
      config: { permission: 'request:read' },
      schema: { tags, params: ZId, response: { 200: ZGeneralRequest } },
    },
    (req) => getGeneralRequest(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/requests',
    {
      config: { permission: 'request:create' },
      schema: { tags, body: ZGeneralRequestCreate, response: { 200: ZGeneralRequest } },
    },
    (req) => createGeneralRequest(req.ctx, req.body),
  );
  app.patch(
    '/api/requests/:id',
    {
      config: { permission: 'request:create' },
      schema: { tags, params: ZId, body: ZGeneralRequestUpdate, response: { 200: ZGeneralRequest } },
    },
    (req) => updateGeneralRequest(req.ctx, req.params.id, req.body),
  );
}
