import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { listMine, listOverdue } from './queries.js';
import { ZDueItemPage, ZMineQuery, ZOverdueQuery } from './schemas.js';

const tags = ['deadlines'];

/** ORG-4: overdue items by person and unit (scoped), and my own open items. */
export function deadlineRoutes(app: App) {
  app.get(
    '/api/deadlines/overdue',
    {
      config: { permission: 'deadline:read' },
      schema: { tags, querystring: ZOverdueQuery, response: { 200: ZDueItemPage } },
    },
    (req) => listOverdue(req.ctx.db, requireActor(req.ctx), req.query, req.ctx.clock.now()),
  );
  app.get(
    '/api/deadlines/mine',
    {
      config: { permission: 'authenticated' },
      schema: { tags, querystring: ZMineQuery, response: { 200: ZDueItemPage } },
    },
    (req) => listMine(req.ctx.db, requireActor(req.ctx), req.query, req.ctx.clock.now()),
  );
}
