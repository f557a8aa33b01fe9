import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { XLSX_MEDIA_TYPE, ZId, ZXlsxFile } from '../../platform/schemas.js';
import { exportCases } from './export-cases.js';
import { proposeDecision } from './propose-decision.js';
import { getCase, listCases } from './queries.js';
import { recordInterview } from './record-interview.js';
import { recordOutcome } from './record-outcome.js';
import { saveCasePlan } from './save-plan.js';
import {
  ZCase,
  ZCaseExportQuery,
  ZCasePage,
  ZCaseQuery,
  ZDecisionProposal,
  ZInterview,
  ZOutcomeInput,
  ZPlanSave,
} from './schemas.js';

const tags = ['performance-cases'];

/** INC-8: below-target cases — list, detail, the interview, the plan, the review decision, the outcome. */
export function performanceCaseRoutes(app: App) {
  app.get(
    '/api/performance-cases',
    {
      config: { permission: 'perf_case:read' },
      schema: { tags, querystring: ZCaseQuery, response: { 200: ZCasePage } },
    },
    (req) => listCases(req.ctx, req.query),
  );
  app.get(
    '/api/performance-cases/export',
    {
      config: { permission: 'perf_case:export' },
      schema: {
        tags,
        querystring: ZCaseExportQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportCases(req.ctx, req.query)),
  );
  app.get(
    '/api/performance-cases/:id',
    {
      config: { permission: 'perf_case:read' },
      schema: { tags, params: ZId, response: { 200: ZCase } },
    },
    (req) => getCase(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/performance-cases/:id/interview',
    {
      config: { permission: 'perf_case:write' },
      schema: { tags, params: ZId, body: ZInterview, response: { 200: ZCase } },
    },
    (req) => recordInterview(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/performance-cases/:id/plan',
    {
      config: { permission: 'perf_case:write' },
      schema: { tags, params: ZId, body: ZPlanSave, response: { 200: ZCase } },
    },
    (req) => saveCasePlan(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/performance-cases/:id/decision',
    {
      config: { permission: 'perf_case:write' },
      schema: { tags, params: ZId, body: ZDecisionProposal, response: { 200: ZCase } },
    },
    (req) => proposeDecision(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/performance-cases/:id/outcome',
    {
      config: { permission: 'perf_case:write' },
      schema: { tags, params: ZId, body: ZOutcomeInput, response: { 200: ZCase } },
    },
    (req) => recordOutcome(req.ctx, req.params.id, req.body),
  );
}
