import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { XLSX_MEDIA_TYPE, ZId, ZXlsxFile } from '../../platform/schemas.js';
import { getAwardRequest, listAwardRequests } from './award-requests.js';
import { pointsBoard } from './board.js';
import { exportPointsBoard } from './export-board.js';
import { pointsHistory } from './history.js';
import { pointsSummary } from './my-points.js';
import { proposeAward } from './propose-award.js';
import {
  ZAwardRequest,
  ZAwardRequestCreate,
  ZAwardRequestPage,
  ZAwardRequestQuery,
  ZPointsBoard,
  ZPointsBoardQuery,
  ZPointsHistory,
  ZPointsHistoryQuery,
  ZPointsSummary,
  ZPointsSummaryQuery,
} from './schemas.js';

const tags = ['points'];

/** INC-2 … INC-6: a person's points, the manual awards, the points board. */
export function pointsRoutes(app: App) {
  app.get(
    '/api/points/summary',
    {
      config: { permission: 'points:read' },
      schema: { tags, querystring: ZPointsSummaryQuery, response: { 200: ZPointsSummary } },
    },
    (req) => pointsSummary(req.ctx, req.query),
  );
  app.get(
    '/api/points/history',
    {
      config: { permission: 'points:read' },
      schema: { tags, querystring: ZPointsHistoryQuery, response: { 200: ZPointsHistory } },
    },
    (req) => pointsHistory(req.ctx, req.query),
  );
  app.get(
    '/api/points/board',
    {
      config: { permission: 'points:board' },
      schema: { tags, querystring: ZPointsBoardQuery, response: { 200: ZPointsBoard } },
    },
    (req) => pointsBoard(req.ctx, req.query),
  );
  app.get(
    '/api/points/board/export',
    {
      config: { permission: 'points:board' },
      schema: {
        tags,
        querystring: ZPointsBoardQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportPointsBoard(req.ctx, req.query)),
  );
  app.get(
    '/api/points/award-requests',
    {
      config: { permission: 'points:read' },
      schema: { tags, querystring: ZAwardRequestQuery, response: { 200: ZAwardRequestPage } },
    },
    (req) => listAwardRequests(req.ctx, req.query),
  );
  app.get(
    '/api/points/award-requests/:id',
    {
      config: { permission: 'points:read' },
      schema: { tags, params: ZId, response: { 200: ZAwardRequest } },
    },
    (req) => getAwardRequest(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/points/award-requests',
    {
      config: { permission: 'points:award' },
      schema: { tags, body: ZAwardRequestCreate, response: { 200: ZAwardRequest } },
    },
    (req) => proposeAward(req.ctx, req.body),
  );
}
