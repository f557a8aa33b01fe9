import type { App } from '../../http/types.js';
import { ZId } from '../../platform/schemas.js';
import { ZUnit, ZUnitCreate, ZUnitList, ZUnitUpdate } from './schemas.js';
import { createUnit, listUnits, updateUnit } from './units.js';

const tags = ['organisation'];

export function unitRoutes(app: App) {
  app.get(
    '/api/units',
    { config: { permission: 'unit:read' }, schema: { tags, response: { 200: ZUnitList } } },
    async (req) => ({ items: await listUnits(req.ctx.db) }),
  );
  app.post(
    '/api/units',
    { config: { permission: 'unit:manage' }, schema: { tags, body: ZUnitCreate, response: { 200: ZUnit } } },
    (req) => createUnit(req.ctx, req.body),
  );
  app.patch(
    '/api/units/:id',
    {
      config: { permission: 'unit:manage' },
      schema: { tags, params: ZId, body: ZUnitUpdate, response: { 200: ZUnit } },
    },
    (req) => updateUnit(req.ctx, req.params.id, req.body),
  );
}
