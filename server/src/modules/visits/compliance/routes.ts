import { sendXlsx } from '../../../http/send-file.js';
import type { App } from '../../../http/types.js';
import { requireActor } from '../../../platform/context.js';
import { XLSX_MEDIA_TYPE, ZId, ZXlsxFile } from '../../../platform/schemas.js';
import { exportCompliance } from './export-compliance.js';
import { repCompliance } from './rep-compliance.js';
import { ZRepCompliance, ZVisitCompliance, ZVisitComplianceQuery } from './schemas.js';
import { teamCompliance } from './team-compliance.js';

const tags = ['visits'];

/** VIS-2/VIS-7 (拜访达成): the month's plan-vs-actual figures per person, one person's month, the export. */
export function visitComplianceRoutes(app: App) {
  app.get(
    '/api/visit-compliance',
    {
      config: { permission: 'visit:read' },
      schema: { tags, querystring: ZVisitComplianceQuery, response: { 200: ZVisitCompliance } },
    },
    (req) => teamCompliance(req.ctx.db, requireActor(req.ctx), req.query, req.ctx.clock.now()),
  );
  app.get(
    '/api/visit-compliance/export',
    {
      config: { permission: 'visit:export' },
      schema: {
        tags,
        querystring: ZVisitComplianceQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportCompliance(req.ctx, req.query)),
  );
  app.get(
    '/api/visit-compliance/:id',
    {
      config: { permission: 'visit:read' },
      schema: { tags, params: ZId, querystring: ZVisitComplianceQuery, response: { 200: ZRepCompliance } },
    },
    (req) => repCompliance(req.ctx.db, requireActor(req.ctx), req.params.id, req.query, req.ctx.clock.now()),
  );
}
