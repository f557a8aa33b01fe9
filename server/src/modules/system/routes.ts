import { sql } from 'drizzle-orm';
import type { App } from '../../http/types.js';
import { verifyAuditChain } from '../../platform/audit/verify.js';
import { listAudit, listLoginLog } from './logs.js';
import { ZAuditPage, ZAuditQuery, ZAuditVerify, ZHealth, ZLoginLogPage, ZLoginLogQuery } from './schemas.js';

const tags = ['system'];

export function systemRoutes(app: App) {
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
