import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { ZId } from '../../platform/schemas.js';
import { countUnread, listMyNotifications, markAllRead, markRead } from './notifications.js';
import { listMail } from './outbox.js';
import { getMyPrefs, setMyPrefs } from './prefs.js';
import {
  ZMailListQuery,
  ZMailPage,
  ZNotification,
  ZNotificationListQuery,
  ZNotificationPage,
  ZNotificationPrefs,
  ZNotificationPrefsUpdate,
  ZReadAll,
  ZUnreadCount,
} from './schemas.js';

const tags = ['notifications'];

export function notificationRoutes(app: App) {
  app.get(
    '/api/notifications',
    {
      config: { permission: 'authenticated' },
      schema: { tags, querystring: ZNotificationListQuery, response: { 200: ZNotificationPage } },
    },
    (req) => listMyNotifications(req.ctx, req.query),
  );
  app.get(
    '/api/notifications/unread-count',
    { config: { permission: 'authenticated' }, schema: { tags, response: { 200: ZUnreadCount } } },
    async (req) => ({ unread: await countUnread(req.ctx.db, requireActor(req.ctx).id) }),
  );
  app.post(
    '/api/notifications/:id/read',
    {
      config: { permission: 'authenticated' },
      schema: { tags, params: ZId, response: { 200: ZNotification } },
    },
    (req) => markRead(req.ctx, req.params.id),
  );
  app.post(
    '/api/notifications/read-all',
    { config: { permission: 'authenticated' }, schema: { tags, response: { 200: ZReadAll } } },
    (req) => markAllRead(req.ctx),
  );
  app.get(
    '/api/me/notification-prefs',
    { config: { permission: 'authenticated' }, schema: { tags, response: { 200: ZNotificationPrefs } } },
    (req) => getMyPrefs(req.ctx.db, requireActor(req.ctx).id),
  );
  app.put(
    '/api/me/notification-prefs',
    {
      config: { permission: 'authenticated' },
      schema: { tags, body: ZNotificationPrefsUpdate, response: { 200: ZNotificationPrefs } },
    },
    (req) => setMyPrefs(req.ctx, req.body),
  );
  app.get(
    '/api/outbox',
    {
      config: { permission: 'outbox:read' },
      schema: { tags, querystring: ZMailListQuery, response: { 200: ZMailPage } },
    },
    (req) => listMail(req.ctx.db, req.query),
  );
}
