import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';
import { customers } from '../customers/index.js';

export const serviceTicketTypes = ['question', 'installation', 'repair', 'return', 'complaint'] as const;
export const serviceTicketPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export const serviceTicketStatuses = ['new', 'in_progress', 'waiting', 'resolved', 'closed'] as const;
export type TicketType = (typeof serviceTicketTypes)[number];
export type TicketPriority = (typeof serviceTicketPriorities)[number];
export type TicketStatus = (typeof serviceTicketStatuses)[number];

/**
 * SVC-1/CUS-5: a service ticket (服务工单), numbered FW-<year>-<n> without gaps. Anyone holding
 * service_ticket:create opens one for any customer (`openedBy`); it belongs to its owner (by
 * default the customer's owner) and the owner's unit, which decide who reads and handles it.
 * The contract, order and product it is about are optional; `returnId` is the return request
 * a return/exchange ticket started (Q2C-8).
 */
export const serviceTickets = pgTable(
  'service_tickets',
  {
    id: idColumn(),
    number: text().notNull(),
    type: text({ enum: serviceTicketTypes }).notNull(),
    priority: text({ enum: serviceTicketPriorities }).notNull().default('normal'),
    title: text().notNull(),
    description: text().notNull().default(''),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    contractId: uuid(),
    orderId: uuid(),
    productId: uuid(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    openedBy: uuid()
      .notNull()
      .references(() => users.id),
    status: text({ enum: serviceTicketStatuses }).notNull().default('new'),
    resolution: text(),
    /** Minutes spent on the ticket, added up by those who work it. */
    timeSpentMinutes: integer().notNull().default(0),
    /** When it first left `new` (the response). */
    respondedAt: timestamp({ withTimezone: true }),
    resolvedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    returnId: uuid(),
    ...rowStamps,
  },
  (t) => [
    uniqueIndex().on(t.number),
    index().on(t.ownerId, t.status),
    index().on(t.unitId, t.status),
    index().on(t.customerId, t.createdAt),
    index().on(t.openedBy),
  ],
);
