import type { App } from '../../../http/types.js';
import { requireActor } from '../../../platform/context.js';
import { ZId } from '../../../platform/schemas.js';
import { moveVisit } from './move-visit.js';
import { ZVisitCalendar, ZVisitCalendarQuery, ZVisitMove, ZVisitMoved } from './schemas.js';
import { visitCalendar } from './visit-calendar.js';

const tags = ['visits'];

/** VIS-1/VIS-4/CUS-8 (拜访日历): a week or month of visits, next steps and due items; moving a visit. */
export function visitCalendarRoutes(app: App) {
  app.get(
    '/api/visit-calendar',
    {
      config: { permission: 'visit:read' },
      schema: { tags, querystring: ZVisitCalendarQuery, response: { 200: ZVisitCalendar } },
    },
    (req) => visitCalendar(req.ctx.db, requireActor(req.ctx), req.query, req.ctx.clock.now()),
  );
  app.post(
    '/api/visits/:id/move',
    {
      config: { permission: 'visit:write' },
      schema: { tags, params: ZId, body: ZVisitMove, response: { 200: ZVisitMoved } },
    },
    (req) => moveVisit(req.ctx, req.params.id, req.body),
  );
}
