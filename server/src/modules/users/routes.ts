import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { XLSX_MEDIA_TYPE, ZId, ZOk, ZXlsxFile } from '../../platform/schemas.js';
import { createUser } from './create-user.js';
import { exportUsers } from './export-users.js';
import { moveUser } from './move-user.js';
import { listPlacements } from './placements.js';
import { getUserInScope, listUsers } from './queries.js';
import { resetPassword } from './reset-password.js';
import {
  ZPlacementList,
  ZResetPassword,
  ZUser,
  ZUserCreate,
  ZUserListQuery,
  ZUserMove,
  ZUserPage,
  ZUserUpdate,
} from './schemas.js';
import { setUserStatus } from './set-user-status.js';
import { updateUser } from './update-user.js';

const tags = ['users'];

export function userRoutes(app: App) {
  app.get(
    '/api/users/export',
    {
      config: { permission: 'user:export' },
      schema: {
        tags,
        querystring: ZUserListQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportUsers(req.ctx, req.query)),
  );
  app.get(
    '/api/users',
    {
      config: { permission: 'user:read' },
      schema: { tags, querystring: ZUserListQuery, response: { 200: ZUserPage } },
    },
    (req) => listUsers(req.ctx.db, requireActor(req.ctx), req.query),
  );
  app.get(
    '/api/users/:id',
    { config: { permission: 'user:read' }, schema: { tags, params: ZId, response: { 200: ZUser } } },
    (req) => getUserInScope(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.get(
    '/api/users/:id/placements',
    { config: { permission: 'user:read' }, schema: { tags, params: ZId, response: { 200: ZPlacementList } } },
    async (req) => ({ items: await listPlacements(req.ctx.db, requireActor(req.ctx), req.params.id) }),
  );
  app.post(
    '/api/users',
    { config: { permission: 'user:manage' }, schema: { tags, body: ZUserCreate, response: { 200: ZUser } } },
    (req) => createUser(req.ctx, req.body),
  );
  app.patch(
    '/api/users/:id',
    {
      config: { permission: 'user:manage' },
      schema: { tags, params: ZId, body: ZUserUpdate, response: { 200: ZUser } },
    },
    (req) => updateUser(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/users/:id/move',
    {
      config: { permission: 'user:manage' },
      schema: { tags, params: ZId, body: ZUserMove, response: { 200: ZUser } },
    },
    (req) => moveUser(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/users/:id/disable',
    { config: { permission: 'user:manage' }, schema: { tags, params: ZId, response: { 200: ZUser } } },
    (req) => setUserStatus(req.ctx, req.params.id, 'disabled'),
  );
  app.post(
    '/api/users/:id/enable',
    { config: { permission: 'user:manage' }, schema: { tags, params: ZId, response: { 200: ZUser } } },
    (req) => setUserStatus(req.ctx, req.params.id, 'active'),
  );
  app.post(
    '/api/users/:id/reset-password',
    {
      config: { permission: 'user:manage' },
      schema: { tags, params: ZId, body: ZResetPassword, response: { 200: ZOk } },
    },
    async (req) => {
      await resetPassword(req.ctx, req.params.id, req.body.newPassword);
      return { ok: true as const };
    },
  );
}
