import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { ZId } from '../../platform/schemas.js';
import { answerAppeal } from './answer-appeal.js';
import { getAppeal, listAppeals, listAppealTargets } from './appeal-queries.js';
import { completeTask } from './complete-task.js';
import { createAppeal } from './create-appeal.js';
import { createTask } from './create-task.js';
import { evaluateTask } from './evaluate-task.js';
import { getTaskInScope, listDirectReports, listTasks } from './queries.js';
import {
  ZAppeal,
  ZAppealAnswer,
  ZAppealCreate,
  ZAppealListQuery,
  ZAppealPage,
  ZTask,
  ZTaskCreate,
  ZTaskDone,
  ZTaskEvaluate,
  ZTaskListQuery,
  ZTaskPage,
  ZUserRefList,
} from './schemas.js';

const tags = ['tasks'];

/** ORG-3/ORG-4: tasks (指令) to direct reports, read up the chain; appeals (申诉) to any level above. */
export function taskRoutes(app: App) {
  app.get(
    '/api/tasks',
    {
      config: { permission: 'task:read' },
      schema: { tags, querystring: ZTaskListQuery, response: { 200: ZTaskPage } },
    },
    (req) => listTasks(req.ctx.db, requireActor(req.ctx), req.query, req.ctx.clock.now()),
  );
  app.get(
    '/api/tasks/assignable',
    { config: { permission: 'task:assign' }, schema: { tags, response: { 200: ZUserRefList } } },
    (req) => listDirectReports(req.ctx.db, requireActor(req.ctx).id),
  );
  app.get(
    '/api/tasks/:id',
    { config: { permission: 'task:read' }, schema: { tags, params: ZId, response: { 200: ZTask } } },
    (req) => getTaskInScope(req.ctx.db, requireActor(req.ctx), req.params.id, req.ctx.clock.now()),
  );
  app.post(
    '/api/tasks',
    { config: { permission: 'task:assign' }, schema: { tags, body: ZTaskCreate, response: { 200: ZTask } } },
    (req) => createTask(req.ctx, req.body),
  );
  app.post(
    '/api/tasks/:id/done',
    {
      config: { permission: 'task:read' },
      schema: { tags, params: ZId, body: ZTaskDone, response: { 200: ZTask } },
    },
    (req) => completeTask(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/tasks/:id/evaluate',
    {
      config: { permission: 'task:assign' },
      schema: { tags, params: ZId, body: ZTaskEvaluate, response: { 200: ZTask } },
    },
    (req) => evaluateTask(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/appeals',
    {
      config: { permission: 'authenticated' },
      schema: { tags, querystring: ZAppealListQuery, response: { 200: ZAppealPage } },
    },
    (req) => listAppeals(req.ctx.db, requireActor(req.ctx), req.query),
  );
  app.get(
    '/api/appeals/targets',
    { config: { permission: 'appeal:create' }, schema: { tags, response: { 200: ZUserRefList } } },
    (req) => listAppealTargets(req.ctx.db, requireActor(req.ctx).id),
  );
  app.get(
    '/api/appeals/:id',
    { config: { permission: 'authenticated' }, schema: { tags, params: ZId, response: { 200: ZAppeal } } },
    (req) => getAppeal(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/appeals',
    {
      config: { permission: 'appeal:create' },
      schema: { tags, body: ZAppealCreate, response: { 200: ZAppeal } },
    },
    (req) => createAppeal(req.ctx, req.body),
  );
  app.post(
    '/api/appeals/:id/answer',
    {
      config: { permission: 'authenticated' },
      schema: { tags, params: ZId, body: ZAppealAnswer, response: { 200: ZAppeal } },
    },
    (req) => answerAppeal(req.ctx, req.params.id, req.body),
  );
}
