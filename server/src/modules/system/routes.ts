import { sql } from 'drizzle-orm';
import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { verifyAuditChain } from '../../platform/audit/verify.js';
import { XLSX_MEDIA_TYPE, ZXlsxFile } from '../../platform/schemas.js';
import { exportAudit, exportLoginLog } from './export-logs.js';
import { listAudit, listLoginLog } from './logs.js';
import { ZAuditPage, ZAuditQuery, ZAuditVerify, ZHealth, ZLoginLogPage, ZLoginLogQuery } from './schemas.js';

const tags = ['system'];

export function systemRoutes(app: App) {
  app.get(
    '/api/login-log/export',
    {
      config: { permission: 'loginlog:export' },
      schema: {
        tags,
        querystring: ZLoginLogQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportLoginLog(req.ctx, req.query)),
  );
  app.get(
    '/api/audit/export',
    {
      config: { permission: 'audit:export' },
      schema: { tags, querystring: ZAuditQuery, produces: [XLSX_MEDIA_TYPE], response: { 200: ZXlsxFile } },
    },
    async (req, reply) => sendXlsx(reply, await exportAudit(req.ctx, req.query)),
  );
  app.get(
    '/api/health',
    { config: { permission: 'public' }, schema: { tags, response: { 200: ZHealth } } },
    async (req) => {
      await req.ctx.db.execute(sql`select 1`);
      return { status: 'ok' as const };
    },
  );
  app.get(
    '/api/login-log',
    {
      config: { permission: 'loginlog:read' },
      schema: { tags, querystring: ZLoginLogQuery, response: { 200: ZLoginLogPage } },
    },
    (req) => listLoginLog(req.ctx.db, req.query),
  );
  app.get(
    '/api/audit',
    {
      config: { permission: 'audit:read' },
      schema: { tags, querystring: ZAuditQuery, response: { 200: ZAuditPage } },
    },
    (req) => listAudit(req.ctx.db, req.query),
  );
  app.post(
    '/api/audit/verify',
    { config: { permission: 'audit:read' }, schema: { tags, response: { 200: ZAuditVerify } } },
    (req) => verifyAuditChain(req.ctx.db),
  );
}
