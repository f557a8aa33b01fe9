import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { XLSX_MEDIA_TYPE, ZId, ZXlsxFile } from '../../platform/schemas.js';
import { createVisitPlan } from './create-plan.js';
import { exportVisitPlans } from './export-plans.js';
import { proposeVisitPlanChange } from './propose-plan-change.js';
import { getPlanOfChange, getVisitPlan, listVisitPlans, myVisitPlan } from './queries.js';
import { saveVisitPlanLines } from './save-plan-lines.js';
import {
  ZMyPlan,
  ZMyPlanQuery,
  ZPlanChangeCreate,
  ZPlanCreate,
  ZPlanLinesSave,
  ZTeamPlanQuery,
  ZTeamPlans,
  ZVisitPlan,
  ZVisitPlanPage,
  ZVisitPlanQuery,
} from './schemas.js';
import { submitVisitPlan } from './submit-plan.js';
import { teamVisitPlans } from './team-plans.js';

const tags = ['visit-plans'];

/** VIS-1/VIS-2: monthly visit plans (拜访计划表) — the rep's own, the team's, review and changes. */
export function visitPlanRoutes(app: App) {
  app.get(
    '/api/visit-plans',
    {
      config: { permission: 'visit_plan:read' },
      schema: { tags, querystring: ZVisitPlanQuery, response: { 200: ZVisitPlanPage } },
    },
    (req) => listVisitPlans(req.ctx, req.query),
  );
  app.get(
    '/api/visit-plans/mine',
    {
      config: { permission: 'visit_plan:write' },
      schema: { tags, querystring: ZMyPlanQuery, response: { 200: ZMyPlan } },
    },
    (req) => myVisitPlan(req.ctx, req.query.month),
  );
  app.get(
    '/api/visit-plans/team',
    {
      config: { permission: 'visit_plan:read' },
      schema: { tags, querystring: ZTeamPlanQuery, response: { 200: ZTeamPlans } },
    },
    (req) => teamVisitPlans(req.ctx, req.query),
  );
  app.get(
    '/api/visit-plans/export',
    {
      config: { permission: 'visit_plan:export' },
      schema: {
        tags,
        querystring: ZVisitPlanQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportVisitPlans(req.ctx, req.query)),
  );
  app.get(
    '/api/visit-plans/changes/:id',
    {
      config: { permission: 'visit_plan:read' },
      schema: { tags, params: ZId, response: { 200: ZVisitPlan } },
    },
    (req) => getPlanOfChange(req.ctx.db, req.ctx, req.params.id),
  );
  app.get(
    '/api/visit-plans/:id',
    {
      config: { permission: 'visit_plan:read' },
      schema: { tags, params: ZId, response: { 200: ZVisitPlan } },
    },
    (req) => getVisitPlan(req.ctx.db, req.ctx, req.params.id),
  );
  app.post(
    '/api/visit-plans',
    {
      config: { permission: 'visit_plan:write' },
      schema: { tags, body: ZPlanCreate, response: { 200: ZVisitPlan } },
    },
    (req) => createVisitPlan(req.ctx, req.body),
  );
  app.put(
    '/api/visit-plans/:id/lines',
    {
      config: { permission: 'visit_plan:write' },
      schema: { tags, params: ZId, body: ZPlanLinesSave, response: { 200: ZVisitPlan } },
    },
    (req) => saveVisitPlanLines(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/visit-plans/:id/submit',
    {
      config: { permission: 'visit_plan:write' },
      schema: { tags, params: ZId, response: { 200: ZVisitPlan } },
    },
    (req) => submitVisitPlan(req.ctx, req.params.id),
  );
  app.post(
    '/api/visit-plans/:id/changes',
    {
      config: { permission: 'visit_plan:write' },
      schema: { tags, params: ZId, body: ZPlanChangeCreate, response: { 200: ZVisitPlan } },
    },
    (req) => proposeVisitPlanChange(req.ctx, req.params.id, req.body),
  );
}
