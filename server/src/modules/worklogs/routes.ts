import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { ZId } from '../../platform/schemas.js';
import { getLog, listLogs, myLogDay } from './queries.js';
import { reviewLog } from './review-log.js';
import { saveMyLog } from './save-log.js';
import {
  ZDayParam,
  ZWorkLog,
  ZWorkLogDay,
  ZWorkLogPage,
  ZWorkLogQuery,
  ZWorkLogReview,
  ZWorkLogSave,
} from './schemas.js';

const tags = ['worklogs'];

/** OPS-1: my work log of a day (open, save, submit), logs in scope, one log; OPS-7: the review. */
export function worklogRoutes(app: App) {
  app.get(
    '/api/worklogs',
    {
      config: { permission: 'worklog:read' },
      schema: { tags, querystring: ZWorkLogQuery, response: { 200: ZWorkLogPage } },
    },
    (req) => listLogs(req.ctx, req.query),
  );
  app.get(
    '/api/worklogs/mine/:day',
    {
      config: { permission: 'worklog:write' },
      schema: { tags, params: ZDayParam, response: { 200: ZWorkLogDay } },
    },
    (req) => myLogDay(req.ctx, req.params.day),
  );
  app.put(
    '/api/worklogs/mine/:day',
    {
      config: { permission: 'worklog:write' },
      schema: { tags, params: ZDayParam, body: ZWorkLogSave, response: { 200: ZWorkLog } },
    },
    (req) => saveMyLog(req.ctx, req.params.day, req.body, false),
  );
  app.post(
    '/api/worklogs/mine/:day/submit',
    {
      config: { permission: 'worklog:write' },
      schema: { tags, params: ZDayParam, body: ZWorkLogSave, response: { 200: ZWorkLog } },
    },
    (req) => saveMyLog(req.ctx, req.params.day, req.body, true),
  );
  app.get(
    '/api/worklogs/:id',
    { config: { permission: 'worklog:read' }, schema: { tags, params: ZId, response: { 200: ZWorkLog } } },
    (req) => getLog(req.ctx.db, requireActor(req.ctx), req.params.id, req.ctx.clock.now()),
  );
  app.post(
    '/api/worklogs/:id/review',
    {
      config: { permission: 'worklog:review' },
      schema: { tags, params: ZId, body: ZWorkLogReview, response: { 200: ZWorkLog } },
    },
    (req) => reviewLog(req.ctx, req.params.id, req.body),
  );
}
