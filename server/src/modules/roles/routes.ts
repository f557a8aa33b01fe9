import type { App } from '../../http/types.js';
import { permissionCatalogue } from '../../platform/access/permissions.js';
import { ZId } from '../../platform/schemas.js';
import { createRole, listRoles, updateRole } from './roles.js';
import { ZPermissionList, ZRole, ZRoleCreate, ZRoleList, ZRoleUpdate } from './schemas.js';

const tags = ['roles'];

export function roleRoutes(app: App) {
  app.get(
    '/api/roles',
    { config: { permission: 'role:read' }, schema: { tags, response: { 200: ZRoleList } } },
    async (req) => ({ items: await listRoles(req.ctx.db) }),
  );
  app.get(
    '/api/permissions',
    { config: { permission: 'role:read' }, schema: { tags, response: { 200: ZPermissionList } } },
    async () => ({ items: permissionCatalogue() }),
  );
  app.post(
    '/api/roles',
    { config: { permission: 'role:manage' }, schema: { tags, body: ZRoleCreate, response: { 200: ZRole } } },
    (req) => createRole(req.ctx, req.body),
  );
  app.patch(
    '/api/roles/:id',
    {
      config: { permission: 'role:manage' },
      schema: { tags, params: ZId, body: ZRoleUpdate, response: { 200: ZRole } },
    },
    (req) => updateRole(req.ctx, req.params.id, req.body),
  );
}
