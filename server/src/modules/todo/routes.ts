import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { ZTodo, ZTodoCount, ZTodoQuery } from './schemas.js';
import { todoCount, todoList } from './todo.js';

const tags = ['todo'];

export function todoRoutes(app: App) {
  app.get(
    '/api/todo',
    {
      config: { permission: 'authenticated' },
      schema: { tags, querystring: ZTodoQuery, response: { 200: ZTodo } },
    },
    (req) =>
      todoList(req.ctx.db, requireActor(req.ctx), req.ctx.clock.now(), req.query.limit, {
        overdueOnly: req.query.overdue === 'true',
      }),
  );
  app.get(
    '/api/todo/count',
    { config: { permission: 'authenticated' }, schema: { tags, response: { 200: ZTodoCount } } },
    (req) => todoCount(req.ctx.db, requireActor(req.ctx), req.ctx.clock.now()),
  );
}
