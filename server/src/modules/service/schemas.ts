import { z } from 'zod';
import {
  ZDateTime,
  ZPaging,
  ZUnitRef,
  ZUserRef,
  zFen,
  zOptionalText,
  zPage,
  zText,
} from '../../platform/schemas.js';
import { ZTimelineEvent } from '../../platform/timeline/schemas.js';
import { serviceTicketPriorities, serviceTicketStatuses, serviceTicketTypes } from './tables.js';

export const ZTicketType = z.enum(serviceTicketTypes);
export const ZTicketPriority = z.enum(serviceTicketPriorities);
export const ZTicketStatus = z.enum(serviceTicketStatuses);

/** SVC-1/CUS-5: what opening a ticket says; the owner defaults to the customer's owner. */
export const ZTicketCreate = z.object({
  type: ZTicketType,
  priority: ZTicketPriority.default('normal'),
  customerId: z.uuid(),
  title: zText(200),
  description: zOptionalText(4000),
  contractId: z.uuid().nullish(),
  orderId: z.uuid().nullish(),
  productId: z.uuid().nullish(),
});
export type TTicketCreate = z.output<typeof ZTicketCreate>;

/** SVC-1: a status change; resolving needs the resolution; minutes spent are added to the ticket. */
export const ZTicketStatusChange = z.object({
  status: ZTicketStatus,
  resolution: zOptionalText(4000),
  note: zOptionalText(1000),
  minutes: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60)
    .optional(),
});
export type TTicketStatusChange = z.output<typeof ZTicketStatusChange>;

/** Handing the ticket to another owner. */
export const ZTicketAssign = z.object({ ownerId: z.uuid(), note: zOptionalText(1000) });

/** Q2C-8: the return a return/exchange ticket starts (contract defaults to the ticket's). */
export const ZTicketReturn = z.object({
  kind: z.enum(['return', 'exchange']),
  contractId: z.uuid().nullish(),
  orderId: z.uuid().nullish(),
  reason: zOptionalText(2000),
  creditFen: zFen.default('0'),
});

/** CUS-5: a customer found by name for opening a ticket — only what the form needs. */
export const ZTicketCustomerQuery = z.object({ q: z.string().trim().min(1).max(50) });
export const ZTicketCustomerHit = z.object({ id: z.uuid(), name: z.string() });
export const ZTicketCustomerHits = z.object({ items: z.array(ZTicketCustomerHit) });

const ZCustomerRef = z.object({ id: z.uuid(), name: z.string() });

export const ZTicketRow = z.object({
  id: z.uuid(),
  number: z.string(),
  type: ZTicketType,
  priority: ZTicketPriority,
  status: ZTicketStatus,
  title: z.string(),
  customer: ZCustomerRef,
  owner: ZUserRef,
  unit: ZUnitRef,
  openedBy: ZUserRef,
  createdAt: ZDateTime,
  respondedAt: ZDateTime.nullable(),
  resolvedAt: ZDateTime.nullable(),
  /** The earliest open deadline (response or resolution). */
  dueAt: ZDateTime.nullable(),
  overdue: z.boolean(),
  timeSpentMinutes: z.number().int(),
});
export type TTicketRow = z.infer<typeof ZTicketRow>;

export const ZTicket = ZTicketRow.extend({
  description: z.string(),
  resolution: z.string().nullable(),
  contractId: z.uuid().nullable(),
  orderId: z.uuid().nullable(),
  productId: z.uuid().nullable(),
  returnId: z.uuid().nullable(),
  closedAt: ZDateTime.nullable(),
  /** Status changes and the rest of the ticket's own history, newest first. */
  history: z.array(ZTimelineEvent),
  can: z.object({
    handle: z.boolean(),
    assign: z.boolean(),
    startReturn: z.boolean(),
    /** The statuses it may move to now. */
    next: z.array(ZTicketStatus),
  }),
});
export type TTicket = z.infer<typeof ZTicket>;

/** mine: I own; opened: I opened; all: every one I may read. */
export const ZTicketView = z.enum(['mine', 'opened', 'all']);

const filters = {
  view: ZTicketView.default('all'),
  status: ZTicketStatus.optional(),
  type: ZTicketType.optional(),
  priority: ZTicketPriority.optional(),
  ownerId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  /** Only tickets past an open deadline. */
  overdue: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(['createdAt', 'number', 'priority', 'status', 'dueAt']).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
};
export const ZTicketQuery = ZPaging.extend(filters);
export type TTicketQuery = z.output<typeof ZTicketQuery>;
export const ZTicketExportQuery = z.object(filters);
export type TTicketExportQuery = z.output<typeof ZTicketExportQuery>;
export const ZTicketPage = zPage(ZTicketRow);
