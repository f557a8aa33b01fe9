import { boolean, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from '../../db/columns.js';

/** In-app notifications; unread until read_at is set. */
export const notifications = pgTable(
  'notifications',
  {
    id: idColumn(),
    userId: uuid().notNull(),
    event: text().notNull(),
    titleZh: text().notNull(),
    titleEn: text().notNull(),
    bodyZh: text(),
    bodyEn: text(),
    subjectType: text(),
    subjectId: text(),
    link: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.userId, t.readAt)],
);

/** Mail: sent through SMTP when configured, otherwise kept here for admins to read. */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: idColumn(),
    toAddress: text().notNull(),
    userId: uuid(),
    subject: text().notNull(),
    body: text().notNull(),
    status: text({ enum: ['queued', 'sending', 'sent', 'failed', 'outbox'] }).notNull(),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.status, t.createdAt)],
);

/** Per user and event: whether it also comes by email. */
export const notificationPrefs = pgTable(
  'notification_prefs',
  {
    userId: uuid().notNull(),
    event: text().notNull(),
    email: boolean().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.event] })],
);
