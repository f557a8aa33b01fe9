import type { App } from '../../http/types.js';
import { ZId } from '../../platform/schemas.js';
import { closeContest } from './close-contest.js';
import { getContest, listContests } from './queries.js';
import { contestRecords } from './records.js';
import { createContest, updateContest } from './save-contest.js';
import {
  ZContestDetail,
  ZContestInput,
  ZContestPage,
  ZContestQuery,
  ZContestRecordsPage,
  ZContestRecordsQuery,
} from './schemas.js';
import { startContest } from './start-contest.js';

const tags = ['contests'];

/** INC-9: sales contests, their live leaderboard and the records behind each figure. */
export function contestRoutes(app: App) {
  app.get(
    '/api/contests',
    {
      config: { permission: 'contest:read' },
      schema: { tags, querystring: ZContestQuery, response: { 200: ZContestPage } },
    },
    (req) => listContests(req.ctx, req.query),
  );
  app.get(
    '/api/contests/:id',
    {
      config: { permission: 'contest:read' },
      schema: { tags, params: ZId, response: { 200: ZContestDetail } },
    },
    (req) => getContest(req.ctx, req.params.id),
  );
  app.get(
    '/api/contests/:id/records',
    {
      config: { permission: 'contest:read' },
      schema: {
        tags,
        params: ZId,
        querystring: ZContestRecordsQuery,
        response: { 200: ZContestRecordsPage },
      },
    },
    (req) => contestRecords(req.ctx, req.params.id, req.query),
  );
  app.post(
    '/api/contests',
    {
      config: { permission: 'contest:manage' },
      schema: { tags, body: ZContestInput, response: { 200: ZContestDetail } },
    },
    (req) => createContest(req.ctx, req.body),
  );
  app.patch(
    '/api/contests/:id',
    {
      config: { permission: 'contest:manage' },
      schema: { tags, params: ZId, body: ZContestInput, response: { 200: ZContestDetail } },
    },
    (req) => updateContest(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/contests/:id/start',
    {
      config: { permission: 'contest:manage' },
      schema: { tags, params: ZId, response: { 200: ZContestDetail } },
    },
    (req) => startContest(req.ctx, req.params.id),
  );
  app.post(
    '/api/contests/:id/close',
    {
      config: { permission: 'contest:manage' },
      schema: { tags, params: ZId, response: { 200: ZContestDetail } },
    },
    (req) => closeContest(req.ctx, req.params.id),
  );
}
