import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { ZId } from '../../platform/schemas.js';
import { checkOutSeal } from './check-out-seal.js';
import { createSeal } from './create-seal.js';
import {
  getSealRequest,
  listSealRequests,
  listSeals,
  listSealViolations,
  sealCustodyLog,
} from './queries.js';
import { recordSealHarm } from './record-seal-harm.js';
import { recordSealViolation } from './record-seal-violation.js';
import { createSealRequest, submitSealRequest } from './request-seal.js';
import { returnSeal } from './return-seal.js';
import {
  ZSeal,
  ZSealCheckOut,
  ZSealCheckOutResult,
  ZSealCreate,
  ZSealList,
  ZSealLog,
  ZSealRequest,
  ZSealRequestCreate,
  ZSealRequestPage,
  ZSealRequestQuery,
  ZSealReturn,
  ZSealViolation,
  ZSealViolationCreate,
  ZSealViolationHarm,
  ZSealViolationPage,
  ZSealViolationQuery,
} from './schemas.js';

const tags = ['seals'];

/** Q2C-9: the seal register, usage requests and the custody log. */
export function sealRoutes(app: App) {
  app.get(
    '/api/seals',
    {
      config: { permission: 'seal:request' },
      schema: { tags, response: { 200: ZSealList } },
    },
    async (req) => ({ items: await listSeals(req.ctx.db) }),
  );
  app.post(
    '/api/seals',
    {
      config: { permission: 'seal:manage' },
      schema: { tags, body: ZSealCreate, response: { 200: ZSeal } },
    },
    (req) => createSeal(req.ctx, req.body),
  );
  app.get(
    '/api/seals/:id/log',
    {
      config: { permission: 'seal:read' },
      schema: { tags, params: ZId, response: { 200: ZSealLog } },
    },
    (req) => sealCustodyLog(req.ctx.db, req.params.id),
  );
  app.post(
    '/api/seals/:id/check-out',
    {
      config: { permission: 'seal:manage' },
      schema: { tags, params: ZId, body: ZSealCheckOut, response: { 200: ZSealCheckOutResult } },
    },
    (req) => checkOutSeal(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/seals/:id/return',
    {
      config: { permission: 'seal:manage' },
      schema: { tags, params: ZId, body: ZSealReturn, response: { 200: ZSealCheckOutResult } },
    },
    (req) => returnSeal(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/seal-violations',
    {
      config: { permission: 'seal:read' },
      schema: { tags, querystring: ZSealViolationQuery, response: { 200: ZSealViolationPage } },
    },
    (req) => listSealViolations(req.ctx.db, req.query),
  );
  app.post(
    '/api/seal-violations',
    {
      config: { permission: 'seal:manage' },
      schema: { tags, body: ZSealViolationCreate, response: { 200: ZSealViolation } },
    },
    (req) => recordSealViolation(req.ctx, req.body),
  );
  app.post(
    '/api/seal-violations/:id/harm',
    {
      config: { permission: 'seal:manage' },
      schema: { tags, params: ZId, body: ZSealViolationHarm, response: { 200: ZSealViolation } },
    },
    (req) => recordSealHarm(req.ctx, req.params.id, req.body),
  );

  app.get(
    '/api/seal-requests',
    {
      config: { permission: 'seal:request' },
      schema: { tags, querystring: ZSealRequestQuery, response: { 200: ZSealRequestPage } },
    },
    (req) => listSealRequests(req.ctx.db, requireActor(req.ctx), req.query),
  );
  app.get(
    '/api/seal-requests/:id',
    {
      config: { permission: 'seal:request' },
      schema: { tags, params: ZId, response: { 200: ZSealRequest } },
    },
    (req) => getSealRequest(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/seal-requests',
    {
      config: { permission: 'seal:request' },
      schema: { tags, body: ZSealRequestCreate, response: { 200: ZSealRequest } },
    },
    (req) => createSealRequest(req.ctx, req.body),
  );
  app.post(
    '/api/seal-requests/:id/submit',
    {
      config: { permission: 'seal:request' },
      schema: { tags, params: ZId, response: { 200: ZSealRequest } },
    },
    (req) => submitSealRequest(req.ctx, req.params.id),
  );
}
