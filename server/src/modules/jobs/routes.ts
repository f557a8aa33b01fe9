import type { App } from '../../http/types.js';
import { runJobNow } from '../../platform/jobs/run-now.js';
import { changeClock, readClock } from './clock.js';
import { getJob, listJobRuns, listJobs } from './list-jobs.js';
import {
  ZClock,
  ZClockAdvance,
  ZClockSet,
  ZJobList,
  ZJobName,
  ZJobRun,
  ZJobRunPage,
  ZJobRunResult,
  ZJobRunsQuery,
} from './schemas.js';

const tags = ['jobs'];

/** The scheduler's admin page and the business clock (reading; setting only on test servers). */
export function jobRoutes(app: App) {
  app.get(
    '/api/jobs',
    { config: { permission: 'job:manage' }, schema: { tags, response: { 200: ZJobList } } },
    (req) => listJobs(req.ctx.db, req.ctx.clock.now()),
  );
  app.get(
    '/api/jobs/:name/runs',
    {
      config: { permission: 'job:manage' },
      schema: { tags, params: ZJobName, querystring: ZJobRunsQuery, response: { 200: ZJobRunPage } },
    },
    (req) => listJobRuns(req.ctx.db, req.params.name, req.query),
  );
  app.post(
    '/api/jobs/:name/run',
    {
      config: { permission: 'job:manage' },
      schema: { tags, params: ZJobName, body: ZJobRun, response: { 200: ZJobRunResult } },
    },
    async (req) => {
      const outcome = await runJobNow(req.ctx, req.params.name);
      return { ...outcome, job: await getJob(req.ctx.db, req.params.name, req.ctx.clock.now()) };
    },
  );
  app.get(
    '/api/clock',
    { config: { permission: 'clock:manage' }, schema: { tags, response: { 200: ZClock } } },
    (req) => readClock(req.ctx),
  );
  app.post(
    '/api/clock/set',
    { config: { permission: 'clock:manage' }, schema: { tags, body: ZClockSet, response: { 200: ZClock } } },
    (req) => changeClock(req.ctx, { kind: 'set', at: new Date(req.body.at) }),
  );
  app.post(
    '/api/clock/advance',
    {
      config: { permission: 'clock:manage' },
      schema: { tags, body: ZClockAdvance, response: { 200: ZClock } },
    },
    (req) => changeClock(req.ctx, { kind: 'advance', minutes: req.body.minutes }),
  );
}
