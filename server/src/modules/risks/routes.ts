import { z } from 'zod';
import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { XLSX_MEDIA_TYPE, ZId, ZXlsxFile, zDate, zText } from '../../platform/schemas.js';
import { exportRisks } from './export-risks.js';
import { getRisk, listRisks, riskHeatmap } from './queries.js';
import { createRisk, reopenRisk, reviewRisk, updateRisk } from './record.js';
import {
  ZRisk,
  ZRiskCreate,
  ZRiskExportQuery,
  ZRiskHeatmap,
  ZRiskPage,
  ZRiskQuery,
  ZRiskReview,
  ZRiskUpdate,
} from './schemas.js';

const tags = ['risks'];
const ZRiskReopen = z.object({ note: zText(1000), reviewOn: zDate });

/** RISK-1: the risk register — list, heat map, read, record, change, review, reopen, export. */
export function riskRoutes(app: App) {
  app.get(
    '/api/risks',
    {
      config: { permission: 'risk:read' },
      schema: { tags, querystring: ZRiskQuery, response: { 200: ZRiskPage } },
    },
    (req) => listRisks(req.ctx, req.query),
  );
  app.get(
    '/api/risks/heatmap',
    {
      config: { permission: 'risk:read' },
      schema: { tags, response: { 200: ZRiskHeatmap } },
    },
    (req) => riskHeatmap(req.ctx),
  );
  app.get(
    '/api/risks/export',
    {
      config: { permission: 'risk:export' },
      schema: {
        tags,
        querystring: ZRiskExportQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportRisks(req.ctx, req.query)),
  );
  app.get(
    '/api/risks/:id',
    {
      config: { permission: 'risk:read' },
      schema: { tags, params: ZId, response: { 200: ZRisk } },
    },
    (req) => getRisk(req.ctx.db, requireActor(req.ctx), req.params.id, req.ctx.clock.now()),
  );
  app.post(
    '/api/risks',
    {
      config: { permission: 'risk:manage' },
      schema: { tags, body: ZRiskCreate, response: { 200: ZRisk } },
    },
    (req) => createRisk(req.ctx, req.body),
  );
  app.patch(
    '/api/risks/:id',
    {
      config: { permission: 'risk:manage' },
      schema: { tags, params: ZId, body: ZRiskUpdate, response: { 200: ZRisk } },
    },
    (req) => updateRisk(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/risks/:id/review',
    {
      config: { permission: 'risk:read' },
      schema: { tags, params: ZId, body: ZRiskReview, response: { 200: ZRisk } },
    },
    (req) => reviewRisk(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/risks/:id/reopen',
    {
      config: { permission: 'risk:manage' },
      schema: { tags, params: ZId, body: ZRiskReopen, response: { 200: ZRisk } },
    },
    (req) => reopenRisk(req.ctx, req.params.id, req.body),
  );
}
