import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { XLSX_MEDIA_TYPE, ZId, ZXlsxFile } from '../../platform/schemas.js';
import { createTrainingSession } from './create-session.js';
import { getDevPlan, listDevPlans } from './dev-plans.js';
import { exportTrainingResults } from './export-results.js';
import { getTrainingSession, listTrainingSessions, myTrainings } from './queries.js';
import { recordAttendance } from './record-attendance.js';
import { recordTrainingResult } from './record-result.js';
import { reviewDevPlan } from './review-dev-plan.js';
import { saveDevPlan } from './save-dev-plan.js';
import {
  ZAttendanceRecord,
  ZDevPlan,
  ZDevPlanPage,
  ZDevPlanQuery,
  ZDevPlanReview,
  ZDevPlanSave,
  ZMyTrainingList,
  ZTrainingQuery,
  ZTrainingResult,
  ZTrainingSessionCreate,
  ZTrainingSessionDetail,
  ZTrainingSessionPage,
} from './schemas.js';

const tags = ['training'];

/** OPS-8: training sessions, attendance and results; my training; development plans. */
export function trainingRoutes(app: App) {
  app.get(
    '/api/training/sessions',
    {
      config: { permission: 'training:read' },
      schema: { tags, querystring: ZTrainingQuery, response: { 200: ZTrainingSessionPage } },
    },
    (req) => listTrainingSessions(req.ctx.db, requireActor(req.ctx), req.query, req.ctx.clock.now()),
  );
  app.post(
    '/api/training/sessions',
    {
      config: { permission: 'training:manage' },
      schema: { tags, body: ZTrainingSessionCreate, response: { 200: ZTrainingSessionDetail } },
    },
    (req) => createTrainingSession(req.ctx, req.body),
  );
  app.get(
    '/api/training/mine',
    {
      config: { permission: 'training:read' },
      schema: { tags, response: { 200: ZMyTrainingList } },
    },
    (req) => myTrainings(req.ctx.db, requireActor(req.ctx)),
  );
  app.get(
    '/api/training/sessions/:id',
    {
      config: { permission: 'training:read' },
      schema: { tags, params: ZId, response: { 200: ZTrainingSessionDetail } },
    },
    (req) => getTrainingSession(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.get(
    '/api/training/sessions/:id/export',
    {
      config: { permission: 'training:manage' },
      schema: { tags, params: ZId, produces: [XLSX_MEDIA_TYPE], response: { 200: ZXlsxFile } },
    },
    async (req, reply) => sendXlsx(reply, await exportTrainingResults(req.ctx, req.params.id)),
  );
  app.post(
    '/api/training/sessions/:id/attendance',
    {
      config: { permission: 'training:manage' },
      schema: { tags, params: ZId, body: ZAttendanceRecord, response: { 200: ZTrainingSessionDetail } },
    },
    (req) => recordAttendance(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/training/sessions/:id/results',
    {
      config: { permission: 'training:manage' },
      schema: { tags, params: ZId, body: ZTrainingResult, response: { 200: ZTrainingSessionDetail } },
    },
    (req) => recordTrainingResult(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/dev-plans',
    {
      config: { permission: 'dev_plan:read' },
      schema: { tags, querystring: ZDevPlanQuery, response: { 200: ZDevPlanPage } },
    },
    (req) => listDevPlans(req.ctx.db, requireActor(req.ctx), req.query),
  );
  app.post(
    '/api/dev-plans',
    {
      config: { permission: 'dev_plan:write' },
      schema: { tags, body: ZDevPlanSave, response: { 200: ZDevPlan } },
    },
    (req) => saveDevPlan(req.ctx, req.body),
  );
  app.get(
    '/api/dev-plans/:id',
    {
      config: { permission: 'dev_plan:read' },
      schema: { tags, params: ZId, response: { 200: ZDevPlan } },
    },
    (req) => getDevPlan(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/dev-plans/:id/review',
    {
      config: { permission: 'dev_plan:write' },
      schema: { tags, params: ZId, body: ZDevPlanReview, response: { 200: ZDevPlan } },
    },
    (req) => reviewDevPlan(req.ctx, req.params.id, req.body),
  );
}
