import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { ZId } from '../../platform/schemas.js';
import { reviewQueue } from './queue.js';
import { markSummaryRead, mySummaryMonth, saveSummary } from './save-summary.js';
import {
  ZMonthParam,
  ZQueuePage,
  ZQueueQuery,
  ZSummary,
  ZSummaryFields,
  ZSummaryMonth,
  ZSummaryPage,
  ZSummaryQuery,
} from './schemas.js';
import { getSummary, listSummaries } from './summary-queries.js';

const tags = ['supervision'];

/** OPS-7: the review queue and the monthly summary. */
export function supervisionRoutes(app: App) {
  app.get(
    '/api/supervision/queue',
    {
      config: { permission: 'worklog:review' },
      schema: { tags, querystring: ZQueueQuery, response: { 200: ZQueuePage } },
    },
    (req) => reviewQueue(req.ctx, req.query),
  );
  app.get(
    '/api/month-summaries',
    {
      config: { permission: 'month_summary:read' },
      schema: { tags, querystring: ZSummaryQuery, response: { 200: ZSummaryPage } },
    },
    (req) => listSummaries(req.ctx, req.query),
  );
  app.get(
    '/api/month-summaries/mine/:month',
    {
      config: { permission: 'month_summary:write' },
      schema: { tags, params: ZMonthParam, response: { 200: ZSummaryMonth } },
    },
    (req) => mySummaryMonth(req.ctx, req.params.month),
  );
  app.put(
    '/api/month-summaries/mine/:month',
    {
      config: { permission: 'month_summary:write' },
      schema: { tags, params: ZMonthParam, body: ZSummaryFields, response: { 200: ZSummary } },
    },
    (req) => saveSummary(req.ctx, req.params.month, req.body, false),
  );
  app.post(
    '/api/month-summaries/mine/:month/submit',
    {
      config: { permission: 'month_summary:write' },
      schema: { tags, params: ZMonthParam, body: ZSummaryFields, response: { 200: ZSummary } },
    },
    (req) => saveSummary(req.ctx, req.params.month, req.body, true),
  );
  app.get(
    '/api/month-summaries/:id',
    {
      config: { permission: 'month_summary:read' },
      schema: { tags, params: ZId, response: { 200: ZSummary } },
    },
    (req) => getSummary(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/month-summaries/:id/read',
    {
      config: { permission: 'month_summary:read' },
      schema: { tags, params: ZId, response: { 200: ZSummary } },
    },
    (req) => markSummaryRead(req.ctx, req.params.id),
  );
}
