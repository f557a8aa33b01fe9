import type { App } from '../../http/types.js';
import { ZId } from '../../platform/schemas.js';
import { createPersonalPlan } from './create-plan.js';
import { getPersonalPlan, listPersonalPlans, myPersonalPlan, planChoices } from './queries.js';
import { reviseOwnPlan } from './revise-own-plan.js';
import { savePersonalPlan } from './save-plan.js';
import {
  ZMyPersonalPlan,
  ZMyPlanQuery,
  ZPersonalPlan,
  ZPersonalPlanCreate,
  ZPersonalPlanPage,
  ZPersonalPlanQuery,
  ZPersonalPlanRevise,
  ZPersonalPlanSave,
  ZPlanChoices,
  ZPlanChoicesQuery,
  ZTeamPlanQuery,
  ZTeamPlans,
} from './schemas.js';
import { submitPersonalPlan } from './submit-plan.js';
import { teamPersonalPlans } from './team-plans.js';

const tags = ['personal-plans'];

/** PLAN-4: personal annual and monthly sales plans — the rep's own, the team's, approval and revision. */
export function personalPlanRoutes(app: App) {
  app.get(
    '/api/personal-plans',
    {
      config: { permission: 'personal_plan:read' },
      schema: { tags, querystring: ZPersonalPlanQuery, response: { 200: ZPersonalPlanPage } },
    },
    (req) => listPersonalPlans(req.ctx, req.query),
  );
  app.get(
    '/api/personal-plans/mine',
    {
      config: { permission: 'personal_plan:write' },
      schema: { tags, querystring: ZMyPlanQuery, response: { 200: ZMyPersonalPlan } },
    },
    (req) => myPersonalPlan(req.ctx, req.query.period),
  );
  app.get(
    '/api/personal-plans/choices',
    {
      config: { permission: 'personal_plan:write' },
      schema: { tags, querystring: ZPlanChoicesQuery, response: { 200: ZPlanChoices } },
    },
    (req) => planChoices(req.ctx, req.query),
  );
  app.get(
    '/api/personal-plans/team',
    {
      config: { permission: 'personal_plan:read' },
      schema: { tags, querystring: ZTeamPlanQuery, response: { 200: ZTeamPlans } },
    },
    (req) => teamPersonalPlans(req.ctx, req.query),
  );
  app.get(
    '/api/personal-plans/:id',
    {
      config: { permission: 'personal_plan:read' },
      schema: { tags, params: ZId, response: { 200: ZPersonalPlan } },
    },
    (req) => getPersonalPlan(req.ctx.db, req.ctx, req.params.id),
  );
  app.post(
    '/api/personal-plans',
    {
      config: { permission: 'personal_plan:write' },
      schema: { tags, body: ZPersonalPlanCreate, response: { 200: ZPersonalPlan } },
    },
    (req) => createPersonalPlan(req.ctx, req.body),
  );
  app.put(
    '/api/personal-plans/:id',
    {
      config: { permission: 'personal_plan:write' },
      schema: { tags, params: ZId, body: ZPersonalPlanSave, response: { 200: ZPersonalPlan } },
    },
    (req) => savePersonalPlan(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/personal-plans/:id/submit',
    {
      config: { permission: 'personal_plan:write' },
      schema: { tags, params: ZId, response: { 200: ZPersonalPlan } },
    },
    (req) => submitPersonalPlan(req.ctx, req.params.id),
  );
  app.post(
    '/api/personal-plans/:id/revise',
    {
      config: { permission: 'personal_plan:write' },
      schema: { tags, params: ZId, body: ZPersonalPlanRevise, response: { 200: ZPersonalPlan } },
    },
    (req) => reviseOwnPlan(req.ctx, req.params.id, req.body),
  );
}
