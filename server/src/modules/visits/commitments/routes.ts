import type { App } from '../../../http/types.js';
import { requireActor } from '../../../platform/context.js';
import { ZId } from '../../../platform/schemas.js';
import { completeCommitment } from './complete-commitment.js';
import { confirmCommitment } from './confirm-commitment.js';
import { listCommitments, readCommitment } from './queries.js';
import {
  ZVisitCommitment,
  ZVisitCommitmentDone,
  ZVisitCommitmentListQuery,
  ZVisitCommitmentPage,
} from './schemas.js';

const tags = ['visits'];

/** VIS-6: visit commitments — tracked to done (by the owner) and confirmed (by the rep's superior). */
export function visitCommitmentRoutes(app: App) {
  app.get(
    '/api/visit-commitments',
    {
      config: { permission: 'visit:read' },
      schema: { tags, querystring: ZVisitCommitmentListQuery, response: { 200: ZVisitCommitmentPage } },
    },
    (req) => listCommitments(req.ctx.db, requireActor(req.ctx), req.query, req.ctx.clock.now()),
  );
  app.get(
    '/api/visit-commitments/:id',
    {
      config: { permission: 'visit:read' },
      schema: { tags, params: ZId, response: { 200: ZVisitCommitment } },
    },
    (req) => readCommitment(req.ctx.db, requireActor(req.ctx), req.params.id, req.ctx.clock.now()),
  );
  app.post(
    '/api/visit-commitments/:id/done',
    {
      config: { permission: 'visit:write' },
      schema: { tags, params: ZId, body: ZVisitCommitmentDone, response: { 200: ZVisitCommitment } },
    },
    (req) => completeCommitment(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/visit-commitments/:id/confirm',
    {
      config: { permission: 'visit:write' },
      schema: { tags, params: ZId, response: { 200: ZVisitCommitment } },
    },
    (req) => confirmCommitment(req.ctx, req.params.id),
  );
}
