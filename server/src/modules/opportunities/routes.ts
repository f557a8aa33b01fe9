import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { ZId } from '../../platform/schemas.js';
import { opportunityBoard } from './board.js';
import { createOpportunity } from './create-opportunity.js';
import { opportunityFunnel } from './funnel.js';
import { moveOpportunityStage } from './move-opportunity-stage.js';
import { getOpportunity, listOpportunities, opportunityHistory } from './queries.js';
import {
  ZOpportunity,
  ZOpportunityBoard,
  ZOpportunityBoardQuery,
  ZOpportunityCreate,
  ZOpportunityFunnel,
  ZOpportunityFunnelQuery,
  ZOpportunityListQuery,
  ZOpportunityPage,
  ZOpportunityStageMove,
  ZOpportunityUpdate,
  ZStageHistory,
} from './schemas.js';
import { updateOpportunity } from './update-opportunity.js';

const tags = ['opportunities'];

/** CUS-8: the sales pipeline — list, kanban, funnel, detail, edit, stage moves and their history. */
export function opportunityRoutes(app: App) {
  app.get(
    '/api/opportunities',
    {
      config: { permission: 'opportunity:read' },
      schema: { tags, querystring: ZOpportunityListQuery, response: { 200: ZOpportunityPage } },
    },
    (req) => listOpportunities(req.ctx.db, requireActor(req.ctx), req.query, req.ctx.clock.now()),
  );
  app.get(
    '/api/opportunities/board',
    {
      config: { permission: 'opportunity:read' },
      schema: { tags, querystring: ZOpportunityBoardQuery, response: { 200: ZOpportunityBoard } },
    },
    (req) => opportunityBoard(req.ctx.db, requireActor(req.ctx), req.query, req.ctx.clock.now()),
  );
  app.get(
    '/api/opportunities/funnel',
    {
      config: { permission: 'opportunity:read' },
      schema: { tags, querystring: ZOpportunityFunnelQuery, response: { 200: ZOpportunityFunnel } },
    },
    (req) => opportunityFunnel(req.ctx.db, requireActor(req.ctx), req.query, req.ctx.clock.now()),
  );
  app.get(
    '/api/opportunities/:id',
    {
      config: { permission: 'opportunity:read' },
      schema: { tags, params: ZId, response: { 200: ZOpportunity } },
    },
    (req) => getOpportunity(req.ctx.db, requireActor(req.ctx), req.params.id, req.ctx.clock.now()),
  );
  app.get(
    '/api/opportunities/:id/history',
    {
      config: { permission: 'opportunity:read' },
      schema: { tags, params: ZId, response: { 200: ZStageHistory } },
    },
    (req) => opportunityHistory(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/opportunities',
    {
      config: { permission: 'opportunity:write' },
      schema: { tags, body: ZOpportunityCreate, response: { 200: ZOpportunity } },
    },
    (req) => createOpportunity(req.ctx, req.body),
  );
  app.patch(
    '/api/opportunities/:id',
    {
      config: { permission: 'opportunity:write' },
      schema: { tags, params: ZId, body: ZOpportunityUpdate, response: { 200: ZOpportunity } },
    },
    (req) => updateOpportunity(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/opportunities/:id/stage',
    {
      config: { permission: 'opportunity:write' },
      schema: { tags, params: ZId, body: ZOpportunityStageMove, response: { 200: ZOpportunity } },
    },
    (req) => moveOpportunityStage(req.ctx, req.params.id, req.body),
  );
}
