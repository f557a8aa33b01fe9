import { sendXlsx } from '../../../http/send-file.js';
import type { App } from '../../../http/types.js';
import { XLSX_MEDIA_TYPE, ZXlsxFile } from '../../../platform/schemas.js';
import { exportVisits } from './export-visits.js';
import { ZVisitExportQuery } from './schemas.js';

/** ORG-5: the visit list as Excel — its own permission, the list's filters, the exporter's scope, audited. */
export function visitExportRoutes(app: App) {
  app.get(
    '/api/visits/export',
    {
      config: { permission: 'visit:export' },
      schema: {
        tags: ['visits'],
        querystring: ZVisitExportQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportVisits(req.ctx, req.query)),
  );
}
