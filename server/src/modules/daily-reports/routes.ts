import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { XLSX_MEDIA_TYPE, ZId, ZXlsxFile } from '../../platform/schemas.js';
import { exportDailyReports } from './export-reports.js';
import { generateReportsNow } from './generate-now.js';
import { getDailyReport, listDailyReports } from './queries.js';
import { reviewReport } from './review-report.js';
import {
  ZDailyReport,
  ZDailyReportGenerate,
  ZDailyReportGenerated,
  ZDailyReportNotes,
  ZDailyReportPage,
  ZDailyReportQuery,
  ZDailyReportReview,
  ZDailyReportSubmit,
} from './schemas.js';
import { submitReport, writeReportNotes } from './write-notes.js';

const tags = ['daily-reports'];

/** OPS-2: the daily sales reports — archive, read, export, generate now, notes, submit, review. */
export function dailyReportRoutes(app: App) {
  app.get(
    '/api/daily-reports',
    {
      config: { permission: 'daily_report:read' },
      schema: { tags, querystring: ZDailyReportQuery, response: { 200: ZDailyReportPage } },
    },
    (req) => listDailyReports(req.ctx.db, requireActor(req.ctx), req.query, req.ctx.clock.now()),
  );
  app.get(
    '/api/daily-reports/export',
    {
      config: { permission: 'daily_report:read' },
      schema: {
        tags,
        querystring: ZDailyReportQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportDailyReports(req.ctx, req.query)),
  );
  app.get(
    '/api/daily-reports/:id',
    {
      config: { permission: 'daily_report:read' },
      schema: { tags, params: ZId, response: { 200: ZDailyReport } },
    },
    (req) => getDailyReport(req.ctx.db, requireActor(req.ctx), req.params.id, req.ctx.clock.now()),
  );
  app.post(
    '/api/daily-reports/generate',
    {
      config: { permission: 'daily_report:write' },
      schema: { tags, body: ZDailyReportGenerate, response: { 200: ZDailyReportGenerated } },
    },
    (req) => generateReportsNow(req.ctx, req.body),
  );
  app.patch(
    '/api/daily-reports/:id',
    {
      config: { permission: 'daily_report:write' },
      schema: { tags, params: ZId, body: ZDailyReportNotes, response: { 200: ZDailyReport } },
    },
    (req) => writeReportNotes(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/daily-reports/:id/submit',
    {
      config: { permission: 'daily_report:write' },
      schema: { tags, params: ZId, body: ZDailyReportSubmit, response: { 200: ZDailyReport } },
    },
    (req) => submitReport(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/daily-reports/:id/review',
    {
      config: { permission: 'daily_report:review' },
      schema: { tags, params: ZId, body: ZDailyReportReview, response: { 200: ZDailyReport } },
    },
    (req) => reviewReport(req.ctx, req.params.id, req.body),
  );
}
