import { z } from 'zod';
import { ZDateTime, ZLocalized, ZPageQuery, zPage } from '../../platform/schemas.js';

export const ZNotification = z.object({
  id: z.uuid(),
  event: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  link: z.string().nullable(),
  createdAt: ZDateTime,
  readAt: ZDateTime.nullable(),
});
export const ZNotificationPage = zPage(ZNotification).extend({ unread: z.number().int() });
export const ZNotificationListQuery = ZPageQuery.extend({
  unread: z.enum(['true', 'false']).optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export const ZUnreadCount = z.object({ unread: z.number().int() });
export const ZReadAll = z.object({ marked: z.number().int() });

export const ZNotificationPref = z.object({
  event: z.string(),
  label: ZLocalized,
  email: z.boolean(),
  emailByDefault: z.boolean(),
});
export const ZNotificationPrefs = z.object({
  /** Whether the user has an email address at all; without one nothing is mailed. */
  hasEmail: z.boolean(),
  items: z.array(ZNotificationPref),
});
export const ZNotificationPrefsUpdate = z.object({
  items: z
    .array(z.object({ event: z.string().min(1).max(100), email: z.boolean() }))
    .min(1)
    .max(200),
});

export const ZMailStatus = z.enum(['queued', 'sending', 'sent', 'failed', 'outbox']);
export const ZMail = z.object({
  id: z.uuid(),
  toAddress: z.string(),
  userId: z.uuid().nullable(),
  subject: z.string(),
  body: z.string(),
  status: ZMailStatus,
  error: z.string().nullable(),
  createdAt: ZDateTime,
  sentAt: ZDateTime.nullable(),
});
export const ZMailPage = zPage(ZMail);
export const ZMailListQuery = ZPageQuery.extend({
  status: ZMailStatus.optional(),
  q: z.string().trim().max(100).optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});

export type TNotification = z.infer<typeof ZNotification>;
export type TNotificationPage = z.infer<typeof ZNotificationPage>;
export type TNotificationListQuery = z.input<typeof ZNotificationListQuery>;
export type TNotificationPrefs = z.infer<typeof ZNotificationPrefs>;
export type TNotificationPrefsUpdate = z.input<typeof ZNotificationPrefsUpdate>;
export type TMail = z.infer<typeof ZMail>;
export type TMailPage = z.infer<typeof ZMailPage>;
export type TMailListQuery = z.input<typeof ZMailListQuery>;
