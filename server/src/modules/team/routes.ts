import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { ZId } from '../../platform/schemas.js';
import { ZTeam, ZTeamMember } from './schemas.js';
import { teamFigures, teamMemberFigures } from './team-figures.js';

const tags = ['team'];

/** ORG-3/ORG-5: a superior's 团队 page — the people below them with today's figures. */
export function teamRoutes(app: App) {
  app.get(
    '/api/team',
    { config: { permission: 'team:read' }, schema: { tags, response: { 200: ZTeam } } },
    (req) => teamFigures(req.ctx.db, requireActor(req.ctx), req.ctx.clock.now()),
  );
  app.get(
    '/api/team/:id',
    { config: { permission: 'team:read' }, schema: { tags, params: ZId, response: { 200: ZTeamMember } } },
    (req) => teamMemberFigures(req.ctx.db, requireActor(req.ctx), req.params.id, req.ctx.clock.now()),
  );
}
