import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { ZId } from '../../platform/schemas.js';
import { followUpCoaching } from './follow-up.js';
import { getCoaching, listCoaching } from './queries.js';
import { recordCoaching } from './record-coaching.js';
import { ZCoaching, ZCoachingCreate, ZCoachingPage, ZCoachingQuery, ZFollowUp } from './schemas.js';

const tags = ['coaching'];

/** PLAN-6: coaching records of people behind target. */
export function coachingRoutes(app: App) {
  app.get(
    '/api/coaching',
    {
      config: { permission: 'coaching:read' },
      schema: { tags, querystring: ZCoachingQuery, response: { 200: ZCoachingPage } },
    },
    (req) => listCoaching(req.ctx, req.query),
  );
  app.get(
    '/api/coaching/:id',
    {
      config: { permission: 'coaching:read' },
      schema: { tags, params: ZId, response: { 200: ZCoaching } },
    },
    (req) => getCoaching(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/coaching',
    {
      config: { permission: 'coaching:write' },
      schema: { tags, body: ZCoachingCreate, response: { 200: ZCoaching } },
    },
    (req) => recordCoaching(req.ctx, req.body),
  );
  app.post(
    '/api/coaching/:id/follow-up',
    {
      config: { permission: 'coaching:write' },
      schema: { tags, params: ZId, body: ZFollowUp, response: { 200: ZCoaching } },
    },
    (req) => followUpCoaching(req.ctx, req.params.id, req.body),
  );
}
