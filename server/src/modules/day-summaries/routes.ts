import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { ZId } from '../../platform/schemas.js';
import { getDaySummary, listDaySummaries, myDaySummaries } from './queries.js';
import { saveDaySummaryRemarks } from './save-remarks.js';
import {
  ZDaySummary,
  ZDaySummaryList,
  ZDaySummaryPage,
  ZDaySummaryQuery,
  ZDaySummaryRemarks,
  ZDaySummarySend,
} from './schemas.js';
import { sendDaySummary } from './send-summary.js';

const tags = ['day-summaries'];

/** OPS-3: the end-of-day summaries — the assistant's to send, the archive, one to read. */
export function daySummaryRoutes(app: App) {
  app.get(
    '/api/day-summaries',
    {
      config: { permission: 'day_summary:read' },
      schema: { tags, querystring: ZDaySummaryQuery, response: { 200: ZDaySummaryPage } },
    },
    (req) => listDaySummaries(req.ctx.db, requireActor(req.ctx), req.query),
  );
  app.get(
    '/api/day-summaries/mine',
    {
      config: { permission: 'day_summary:send' },
      schema: { tags, response: { 200: ZDaySummaryList } },
    },
    (req) => myDaySummaries(req.ctx.db, requireActor(req.ctx)),
  );
  app.get(
    '/api/day-summaries/:id',
    {
      config: { permission: 'day_summary:read' },
      schema: { tags, params: ZId, response: { 200: ZDaySummary } },
    },
    (req) => getDaySummary(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/day-summaries/:id/remarks',
    {
      config: { permission: 'day_summary:send' },
      schema: { tags, params: ZId, body: ZDaySummaryRemarks, response: { 200: ZDaySummary } },
    },
    (req) => saveDaySummaryRemarks(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/day-summaries/:id/send',
    {
      config: { permission: 'day_summary:send' },
      schema: { tags, params: ZId, body: ZDaySummarySend, response: { 200: ZDaySummary } },
    },
    (req) => sendDaySummary(req.ctx, req.params.id, req.body),
  );
}
