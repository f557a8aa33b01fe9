import { sendXlsx } from '../../../http/send-file.js';
import type { App } from '../../../http/types.js';
import { requireActor } from '../../../platform/context.js';
import { XLSX_MEDIA_TYPE, ZId, ZXlsxFile } from '../../../platform/schemas.js';
import { exportReports } from './export-reports.js';
import { getReport, getReportOfVisit, listReports } from './queries.js';
import { saveVisitReport, submitVisitReport } from './save-report.js';
import { ZVisitReport, ZVisitReportInput, ZVisitReportListQuery, ZVisitReportPage } from './schemas.js';

const tags = ['visits'];

/** VIS-5: visit reports — the rep writes and submits; the supervisor reviews through 待办 (approvals). */
export function visitReportRoutes(app: App) {
  app.get(
    '/api/visit-reports',
    {
      config: { permission: 'visit:read' },
      schema: { tags, querystring: ZVisitReportListQuery, response: { 200: ZVisitReportPage } },
    },
    (req) => listReports(req.ctx.db, requireActor(req.ctx), req.query, req.ctx.clock.now()),
  );
  app.get(
    '/api/visit-reports/export',
    {
      config: { permission: 'visit:export' },
      schema: {
        tags,
        querystring: ZVisitReportListQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportReports(req.ctx, req.query)),
  );
  app.get(
    '/api/visit-reports/:id',
    {
      config: { permission: 'visit:read' },
      schema: { tags, params: ZId, response: { 200: ZVisitReport } },
    },
    (req) => getReport(req.ctx.db, requireActor(req.ctx), req.params.id, req.ctx.clock.now()),
  );
  app.get(
    '/api/visits/:id/report',
    {
      config: { permission: 'visit:read' },
      schema: { tags, params: ZId, response: { 200: ZVisitReport } },
    },
    (req) => getReportOfVisit(req.ctx.db, requireActor(req.ctx), req.params.id, req.ctx.clock.now()),
  );
  app.put(
    '/api/visits/:id/report',
    {
      config: { permission: 'visit:write' },
      schema: { tags, params: ZId, body: ZVisitReportInput, response: { 200: ZVisitReport } },
    },
    (req) => saveVisitReport(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/visits/:id/report/submit',
    {
      config: { permission: 'visit:write' },
      schema: { tags, params: ZId, body: ZVisitReportInput, response: { 200: ZVisitReport } },
    },
    (req) => submitVisitReport(req.ctx, req.params.id, req.body),
  );
}
