import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { XLSX_MEDIA_TYPE, ZXlsxFile } from '../../platform/schemas.js';
import { completionBoard } from './board.js';
import { indicatorRecords } from './explain.js';
import { exportIndicators } from './export-indicators.js';
import { listIndicators } from './list-indicators.js';
import {
  ZBoard,
  ZBoardQuery,
  ZIndicatorPage,
  ZIndicatorQuery,
  ZRecordsPage,
  ZRecordsQuery,
} from './schemas.js';

const tags = ['indicators'];

/** PLAN-5/PLAN-6: indicators with the records behind each figure, the completion board. */
export function indicatorRoutes(app: App) {
  app.get(
    '/api/indicators',
    {
      config: { permission: 'indicator:read' },
      schema: { tags, querystring: ZIndicatorQuery, response: { 200: ZIndicatorPage } },
    },
    (req) => listIndicators(req.ctx, req.query),
  );
  app.get(
    '/api/indicators/records',
    {
      config: { permission: 'indicator:read' },
      schema: { tags, querystring: ZRecordsQuery, response: { 200: ZRecordsPage } },
    },
    (req) => indicatorRecords(req.ctx, req.query),
  );
  app.get(
    '/api/indicators/export',
    {
      config: { permission: 'indicator:export' },
      schema: {
        tags,
        querystring: ZIndicatorQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportIndicators(req.ctx, req.query)),
  );
  app.get(
    '/api/completion-board',
    {
      config: { permission: 'indicator:read' },
      schema: { tags, querystring: ZBoardQuery, response: { 200: ZBoard } },
    },
    (req) => completionBoard(req.ctx, req.query),
  );
}
