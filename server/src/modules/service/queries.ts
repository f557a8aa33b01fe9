import { and, asc, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import { listTimeline } from '../../platform/timeline/timeline.js';
import { customers } from '../customers/index.js';
import type { TTicket, TTicketExportQuery, TTicketQuery, TTicketRow } from './schemas.js';
import { TICKET_ENTITY, ticketDueAt, ticketHandleable, ticketReadable } from './scope.js';
import { serviceTickets, type TicketStatus } from './tables.js';

const owner = alias(users, 'ticket_owner');
const opener = alias(users, 'ticket_opener');

/** SVC-1: the lifecycle — which status a ticket may move to from each. */
export const nextStatuses: Record<TicketStatus, TicketStatus[]> = {
  new: ['in_progress', 'waiting', 'resolved'],
  in_progress: ['waiting', 'resolved'],
  waiting: ['in_progress', 'resolved'],
  resolved: ['closed', 'in_progress'],
  closed: [],
};

function selectTickets(db: DbOrTx, actor: Actor, now: Date) {
  return db
    .select({
      t: serviceTickets,
      customerName: customers.name,
      ownerUsername: owner.username,
      ownerName: owner.displayName,
      openerUsername: opener.username,
      openerName: opener.displayName,
      unitName: units.name,
      dueAt: sql<string | null>`${ticketDueAt}`,
      overdue: sql<boolean>`coalesce(${ticketDueAt} < ${now.toISOString()}::timestamptz, false)`,
      handle: sql<boolean>`(${ticketHandleable(actor)})`,
    })
    .from(serviceTickets)
    .innerJoin(customers, eq(customers.id, serviceTickets.customerId))
    .innerJoin(owner, eq(owner.id, serviceTickets.ownerId))
    .innerJoin(opener, eq(opener.id, serviceTickets.openedBy))
    .innerJoin(units, eq(units.id, serviceTickets.unitId));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectTickets>['where']>>[number];

const toRow = ({ t, ...x }: Row): TTicketRow => ({
  id: t.id,
  number: t.number,
  type: t.type,
  priority: t.priority,
  status: t.status,
  title: t.title,
  customer: { id: t.customerId, name: x.customerName },
  owner: { id: t.ownerId, username: x.ownerUsername, displayName: x.ownerName },
  unit: { id: t.unitId, name: x.unitName },
  openedBy: { id: t.openedBy, username: x.openerUsername, displayName: x.openerName },
  createdAt: iso(t.createdAt),
  respondedAt: isoOrNull(t.respondedAt),
  resolvedAt: isoOrNull(t.resolvedAt),
  dueAt: x.dueAt ? new Date(x.dueAt).toISOString() : null,
  overdue: x.overdue === true,
  timeSpentMinutes: t.timeSpentMinutes,
});

function viewScope(actor: Actor, view: TTicketQuery['view']): SQL {
  const readable = ticketReadable(actor);
  if (view === 'mine') return and(eq(serviceTickets.ownerId, actor.id), readable)!;
  if (view === 'opened') return eq(serviceTickets.openedBy, actor.id);
  return readable;
}

export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const filtersOf = (q: Omit<TTicketQuery, 'page' | 'pageSize'>, now: Date) => [
  q.status ? eq(serviceTickets.status, q.status) : undefined,
  q.type ? eq(serviceTickets.type, q.type) : undefined,
  q.priority ? eq(serviceTickets.priority, q.priority) : undefined,
  q.ownerId ? eq(serviceTickets.ownerId, q.ownerId) : undefined,
  q.customerId ? eq(serviceTickets.customerId, q.customerId) : undefined,
  q.overdue === 'true' ? sql`${ticketDueAt} < ${now.toISOString()}::timestamptz` : undefined,
  q.overdue === 'false'
    ? sql`coalesce(${ticketDueAt} >= ${now.toISOString()}::timestamptz, true)`
    : undefined,
  q.q
    ? or(
        ilike(serviceTickets.title, `%${escapeLike(q.q)}%`),
        ilike(serviceTickets.number, `%${escapeLike(q.q)}%`),
        ilike(customers.name, `%${escapeLike(q.q)}%`),
      )
    : undefined,
];

/** Priority in its own order (urgent first when descending). */
const priorityRank = sql`array_position(array['low','normal','high','urgent']::text[], ${serviceTickets.priority})`;
const sortKeys = {
  createdAt: serviceTickets.createdAt,
  number: serviceTickets.number,
  priority: priorityRank,
  status: serviceTickets.status,
  dueAt: ticketDueAt,
};

/** SVC-1/ORG-5: the tickets I own, opened, or may read — paged, sorted and filtered in SQL. */
export async function listTickets(ctx: Ctx, q: TTicketQuery) {
  const actor = requireActor(ctx);
  const now = ctx.clock.now();
  return listPage({
    db: ctx.db,
    rows: selectTickets(ctx.db, actor, now).$dynamic(),
    count: ctx.db
      .select()
      .from(serviceTickets)
      .innerJoin(customers, eq(customers.id, serviceTickets.customerId))
      .$dynamic(),
    scope: viewScope(actor, q.view),
    filters: filtersOf(q, now),
    sort: { keys: sortKeys, default: 'createdAt', order: 'desc', tieBreaker: serviceTickets.id },
    query: q,
    toItems: async (rows) => rows.map(toRow),
  });
}

/** The rows of an export: the list's view, scope and filters, without paging. */
export async function ticketRowsFor(ctx: Ctx, q: TTicketExportQuery, limit: number) {
  const actor = requireActor(ctx);
  const now = ctx.clock.now();
  const key = sortKeys[q.sort];
  const rows = await selectTickets(ctx.db, actor, now)
    .where(and(viewScope(actor, q.view), ...filtersOf(q, now)))
    .orderBy(q.order === 'asc' ? asc(key) : desc(key), serviceTickets.id)
    .limit(limit);
  return rows.map(toRow);
}

/** The ticket row when the actor may read it; 404 otherwise (also for ids of other people's tickets). */
export async function readableTicket(db: DbOrTx, actor: Actor, id: string) {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await db
    .select()
    .from(serviceTickets)
    .where(and(eq(serviceTickets.id, id), ticketReadable(actor)));
  if (!row) throw appError('NOT_FOUND');
  return row;
}

/** SVC-1: one ticket the actor may read (else 404), with its history and what the actor may do. */
export async function getTicket(db: DbOrTx, ctx: Ctx, id: string): Promise<TTicket> {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectTickets(db, actor, ctx.clock.now()).where(
    and(eq(serviceTickets.id, id), ticketReadable(actor)),
  );
  if (!row) throw appError('NOT_FOUND');
  const history = await listTimeline(
    db,
    { subjectType: TICKET_ENTITY, subjectId: id },
    { page: 1, pageSize: 100 },
  );
  const t = row.t;
  const handle = row.handle === true;
  return {
    ...toRow(row),
    description: t.description,
    resolution: t.resolution,
    contractId: t.contractId,
    orderId: t.orderId,
    productId: t.productId,
    returnId: t.returnId,
    closedAt: isoOrNull(t.closedAt),
    history: history.items,
    can: {
      handle,
      assign: handle && t.status !== 'closed' && !!actor.permissions['service_ticket:handle'],
      startReturn:
        handle &&
        t.type === 'return' &&
        !t.returnId &&
        t.status !== 'closed' &&
        !!actor.permissions['return:write'],
      next: handle ? nextStatuses[t.status] : [],
    },
  };
}
