import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { XLSX_MEDIA_TYPE, ZId, ZXlsxFile } from '../../platform/schemas.js';
import { exportStatReport } from './export-report.js';
import { getStatReport, listStatReports } from './queries.js';
import { requestWeeklyReport } from './request-weekly.js';
import { ZAnalysisWrite, ZStatReport, ZStatReportPage, ZStatReportQuery, ZWeeklyRequest } from './schemas.js';
import { writeAnalysis } from './write-analysis.js';

const tags = ['stat-reports'];

/** OPS-4: monthly and weekly statistics reports — list, read, export, request a weekly one, analyse. */
export function statReportRoutes(app: App) {
  app.get(
    '/api/stat-reports',
    {
      config: { permission: 'stat_report:read' },
      schema: { tags, querystring: ZStatReportQuery, response: { 200: ZStatReportPage } },
    },
    (req) => listStatReports(req.ctx, req.query),
  );
  app.get(
    '/api/stat-reports/:id',
    {
      config: { permission: 'stat_report:read' },
      schema: { tags, params: ZId, response: { 200: ZStatReport } },
    },
    (req) => getStatReport(req.ctx.db, req.ctx, req.params.id),
  );
  app.get(
    '/api/stat-reports/:id/export',
    {
      config: { permission: 'stat_report:read' },
      schema: { tags, params: ZId, produces: [XLSX_MEDIA_TYPE], response: { 200: ZXlsxFile } },
    },
    async (req, reply) => sendXlsx(reply, await exportStatReport(req.ctx, req.params.id)),
  );
  app.post(
    '/api/stat-reports',
    {
      config: { permission: 'stat_report:generate' },
      schema: { tags, body: ZWeeklyRequest, response: { 200: ZStatReport } },
    },
    (req) => requestWeeklyReport(req.ctx, req.body),
  );
  app.patch(
    '/api/stat-reports/:id',
    {
      config: { permission: 'stat_report:generate' },
      schema: { tags, params: ZId, body: ZAnalysisWrite, response: { 200: ZStatReport } },
    },
    (req) => writeAnalysis(req.ctx, req.params.id, req.body),
  );
}
