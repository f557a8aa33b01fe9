import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { XLSX_MEDIA_TYPE, ZId, ZXlsxFile } from '../../platform/schemas.js';
import { closePeriod } from './close-period.js';
import { exportPayroll } from './export-payroll.js';
import { generateForMonth } from './generate-statements.js';
import { getPlan, listPlans } from './plan-queries.js';
import { regenerateStatement } from './regenerate-statement.js';
import { createPlan, revisePlan, updatePlan } from './save-plan.js';
import {
  ZCloseResult,
  ZGenerateResult,
  ZPeriodBody,
  ZPeriodQuery,
  ZPlanDetail,
  ZPlanPage,
  ZPlanQuery,
  ZPlanWrite,
  ZStatementDetail,
  ZStatementPage,
  ZStatementQuery,
} from './schemas.js';
import { getStatement, listStatements } from './statement-queries.js';
import { submitPlan } from './submit-plan.js';
import { submitStatement } from './submit-statement.js';

const tags = ['commission'];

/** INC-1: commission plans and statements. Approvals go through /api/approvals. */
export function commissionRoutes(app: App) {
  app.get(
    '/api/commission/plans',
    {
      config: { permission: 'commission_plan:read' },
      schema: { tags, querystring: ZPlanQuery, response: { 200: ZPlanPage } },
    },
    (req) => listPlans(req.ctx, req.query),
  );
  app.get(
    '/api/commission/plans/:id',
    {
      config: { permission: 'commission_plan:read' },
      schema: { tags, params: ZId, response: { 200: ZPlanDetail } },
    },
    (req) => getPlan(req.ctx.db, req.ctx, req.params.id),
  );
  app.post(
    '/api/commission/plans',
    {
      config: { permission: 'commission_plan:write' },
      schema: { tags, body: ZPlanWrite, response: { 200: ZPlanDetail } },
    },
    (req) => createPlan(req.ctx, req.body),
  );
  app.put(
    '/api/commission/plans/:id',
    {
      config: { permission: 'commission_plan:write' },
      schema: { tags, params: ZId, body: ZPlanWrite, response: { 200: ZPlanDetail } },
    },
    (req) => updatePlan(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/commission/plans/:id/revise',
    {
      config: { permission: 'commission_plan:write' },
      schema: { tags, params: ZId, response: { 200: ZPlanDetail } },
    },
    (req) => revisePlan(req.ctx, req.params.id),
  );
  app.post(
    '/api/commission/plans/:id/submit',
    {
      config: { permission: 'commission_plan:write' },
      schema: { tags, params: ZId, response: { 200: ZPlanDetail } },
    },
    (req) => submitPlan(req.ctx, req.params.id),
  );
  app.get(
    '/api/commission/statements',
    {
      config: { permission: 'commission:read' },
      schema: { tags, querystring: ZStatementQuery, response: { 200: ZStatementPage } },
    },
    (req) => listStatements(req.ctx, req.query),
  );
  app.get(
    '/api/commission/statements/export',
    {
      config: { permission: 'commission:export' },
      schema: { tags, querystring: ZPeriodQuery, produces: [XLSX_MEDIA_TYPE], response: { 200: ZXlsxFile } },
    },
    async (req, reply) => sendXlsx(reply, await exportPayroll(req.ctx, req.query.period)),
  );
  app.get(
    '/api/commission/statements/:id',
    {
      config: { permission: 'commission:read' },
      schema: { tags, params: ZId, response: { 200: ZStatementDetail } },
    },
    (req) => getStatement(req.ctx.db, req.ctx, req.params.id),
  );
  app.post(
    '/api/commission/statements/generate',
    {
      config: { permission: 'commission:generate' },
      schema: { tags, body: ZPeriodBody, response: { 200: ZGenerateResult } },
    },
    (req) => generateForMonth(req.ctx, req.body.period),
  );
  app.post(
    '/api/commission/statements/:id/regenerate',
    {
      config: { permission: 'commission:generate' },
      schema: { tags, params: ZId, response: { 200: ZStatementDetail } },
    },
    (req) => regenerateStatement(req.ctx, req.params.id),
  );
  app.post(
    '/api/commission/statements/:id/submit',
    {
      config: { permission: 'commission:read' },
      schema: { tags, params: ZId, response: { 200: ZStatementDetail } },
    },
    (req) => submitStatement(req.ctx, req.params.id),
  );
  app.post(
    '/api/commission/periods/close',
    {
      config: { permission: 'commission:close' },
      schema: { tags, body: ZPeriodBody, response: { 200: ZCloseResult } },
    },
    (req) => closePeriod(req.ctx, req.body),
  );
}
