import { date, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';
import { customers } from '../customers/tables.js';

/**
 * CUS-2: the first-contact register (客户记录表). Every entry has name, contact, inquiry and
 * date, and a number in sequence per year with no gaps (platform/sequences).
 */
export const inquiries = pgTable(
  'inquiries',
  {
    id: idColumn(),
    year: integer().notNull(),
    seq: integer().notNull(),
    /** e.g. 2026-000017 */
    number: text().notNull(),
    name: text().notNull(),
    contact: text().notNull(),
    inquiry: text().notNull(),
    contactDate: date({ mode: 'string' }).notNull(),
    channel: text({ enum: ['phone', 'web', 'visit', 'exhibition', 'referral', 'other'] })
      .notNull()
      .default('phone'),
    recordedBy: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    /** Who follows it up (a rep), when assigned. */
    assigneeId: uuid(),
    status: text({ enum: ['new', 'lead', 'linked'] })
      .notNull()
      .default('new'),
    customerId: uuid().references(() => customers.id),
    ...rowStamps,
  },
  (t) => [
    unique().on(t.year, t.seq),
    index().on(t.recordedBy),
    index().on(t.assigneeId),
    index().on(t.status),
  ],
);
