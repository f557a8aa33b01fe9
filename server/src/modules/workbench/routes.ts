import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { XLSX_MEDIA_TYPE, ZXlsxFile } from '../../platform/schemas.js';
import { workbenchCompany } from './company.js';
import { exportSalesStatus } from './export-sales-status.js';
import { workbenchFinance } from './finance.js';
import { workbenchMe } from './me.js';
import { salesStatus } from './sales-status.js';
import {
  ZSalesStatus,
  ZSalesStatusQuery,
  ZWorkbenchCompany,
  ZWorkbenchFinance,
  ZWorkbenchMe,
  ZWorkbenchQuery,
  ZWorkbenchTeam,
} from './schemas.js';
import { workbenchTeam } from './team.js';

const tags = ['workbench'];

/** OPS-5: the 工作台 of each role and the 销售状况一览表. */
export function workbenchRoutes(app: App) {
  app.get(
    '/api/workbench/me',
    {
      config: { permission: 'indicator:read' },
      schema: { tags, querystring: ZWorkbenchQuery, response: { 200: ZWorkbenchMe } },
    },
    (req) => workbenchMe(req.ctx, req.query),
  );
  app.get(
    '/api/workbench/team',
    {
      config: { permission: 'indicator:read' },
      schema: { tags, querystring: ZWorkbenchQuery, response: { 200: ZWorkbenchTeam } },
    },
    (req) => workbenchTeam(req.ctx, req.query),
  );
  app.get(
    '/api/workbench/company',
    {
      config: { permission: 'indicator:read' },
      schema: { tags, querystring: ZWorkbenchQuery, response: { 200: ZWorkbenchCompany } },
    },
    (req) => workbenchCompany(req.ctx, req.query),
  );
  app.get(
    '/api/workbench/finance',
    {
      config: { permission: 'payment:confirm' },
      schema: { tags, querystring: ZWorkbenchQuery, response: { 200: ZWorkbenchFinance } },
    },
    (req) => workbenchFinance(req.ctx, req.query),
  );
  app.get(
    '/api/sales-status',
    {
      config: { permission: 'indicator:read' },
      schema: { tags, querystring: ZSalesStatusQuery, response: { 200: ZSalesStatus } },
    },
    (req) => salesStatus(req.ctx, req.query),
  );
  app.get(
    '/api/sales-status/export',
    {
      config: { permission: 'indicator:export' },
      schema: {
        tags,
        querystring: ZSalesStatusQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportSalesStatus(req.ctx, req.query)),
  );
}
