import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { XLSX_MEDIA_TYPE, ZId, ZXlsxFile } from '../../platform/schemas.js';
import { exportEntries } from './export-entries.js';
import { getEntry, listEntries } from './queries.js';
import { recordEntry } from './record-entry.js';
import { ZEntry, ZEntryExportQuery, ZEntryInput, ZEntryPage, ZEntryQuery } from './schemas.js';
import { updateEntry } from './update-entry.js';

const tags = ['market-intel'];

/** OPS-10: market information — list and search in scope, export, detail, record, change. */
export function marketIntelRoutes(app: App) {
  app.get(
    '/api/market-intel',
    {
      config: { permission: 'market_intel:read' },
      schema: { tags, querystring: ZEntryQuery, response: { 200: ZEntryPage } },
    },
    (req) => listEntries(req.ctx, req.query),
  );
  app.get(
    '/api/market-intel/export',
    {
      config: { permission: 'market_intel:export' },
      schema: {
        tags,
        querystring: ZEntryExportQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportEntries(req.ctx, req.query)),
  );
  app.get(
    '/api/market-intel/:id',
    {
      config: { permission: 'market_intel:read' },
      schema: { tags, params: ZId, response: { 200: ZEntry } },
    },
    (req) => getEntry(req.ctx, req.params.id),
  );
  app.post(
    '/api/market-intel',
    {
      config: { permission: 'market_intel:write' },
      schema: { tags, body: ZEntryInput, response: { 200: ZEntry } },
    },
    (req) => recordEntry(req.ctx, req.body),
  );
  app.put(
    '/api/market-intel/:id',
    {
      config: { permission: 'market_intel:write' },
      schema: { tags, params: ZId, body: ZEntryInput, response: { 200: ZEntry } },
    },
    (req) => updateEntry(req.ctx, req.params.id, req.body),
  );
}
