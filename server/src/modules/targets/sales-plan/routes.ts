import type { App } from '../../../http/types.js';
import { ZId } from '../../../platform/schemas.js';
import { createSalesPlan } from './create-sales-plan.js';
import { getSalesPlan, listSalesPlans, salesPlanOfYear } from './queries.js';
import { reviseSalesPlan } from './revise-sales-plan.js';
import { saveSalesPlan } from './save-sales-plan.js';
import {
  ZSalesPlan,
  ZSalesPlanContent,
  ZSalesPlanCreate,
  ZSalesPlanOfYear,
  ZSalesPlanPage,
  ZSalesPlanQuery,
  ZSalesPlanRevise,
  ZSalesPlanYearQuery,
} from './schemas.js';
import { submitSalesPlan } from './submit-sales-plan.js';

const tags = ['sales-plans'];

/** PLAN-1: the company's annual sales plan (年度销售计划) — versions, drafting, approval, revision. */
export function salesPlanRoutes(app: App) {
  app.get(
    '/api/sales-plans',
    {
      config: { permission: 'sales_plan:read' },
      schema: { tags, querystring: ZSalesPlanQuery, response: { 200: ZSalesPlanPage } },
    },
    (req) => listSalesPlans(req.ctx, req.query),
  );
  app.get(
    '/api/sales-plans/of-year',
    {
      config: { permission: 'sales_plan:read' },
      schema: { tags, querystring: ZSalesPlanYearQuery, response: { 200: ZSalesPlanOfYear } },
    },
    (req) => salesPlanOfYear(req.ctx, req.query.year),
  );
  app.get(
    '/api/sales-plans/:id',
    {
      config: { permission: 'sales_plan:read' },
      schema: { tags, params: ZId, response: { 200: ZSalesPlan } },
    },
    (req) => getSalesPlan(req.ctx.db, req.ctx, req.params.id),
  );
  app.post(
    '/api/sales-plans',
    {
      config: { permission: 'sales_plan:write' },
      schema: { tags, body: ZSalesPlanCreate, response: { 200: ZSalesPlan } },
    },
    (req) => createSalesPlan(req.ctx, req.body),
  );
  app.put(
    '/api/sales-plans/:id',
    {
      config: { permission: 'sales_plan:write' },
      schema: { tags, params: ZId, body: ZSalesPlanContent, response: { 200: ZSalesPlan } },
    },
    (req) => saveSalesPlan(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/sales-plans/:id/submit',
    {
      config: { permission: 'sales_plan:write' },
      schema: { tags, params: ZId, response: { 200: ZSalesPlan } },
    },
    (req) => submitSalesPlan(req.ctx, req.params.id),
  );
  app.post(
    '/api/sales-plans/:id/revise',
    {
      config: { permission: 'sales_plan:write' },
      schema: { tags, params: ZId, body: ZSalesPlanRevise, response: { 200: ZSalesPlan } },
    },
    (req) => reviseSalesPlan(req.ctx, req.params.id, req.body),
  );
}
