import { asc, eq, lt, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { localDate, localDayBounds, localDaysBetween } from '../../platform/deadlines/calendar.js';
import { dueItemLink } from '../../platform/deadlines/links.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { dueItems } from '../../platform/deadlines/tables.js';
import { listPage, ordered } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { inUnit } from '../../platform/org/tree.js';
import { readPolicy } from '../../platform/policies/read.js';
import type { TDueItem, TDueItemPage, TMineQuery, TOverdueQuery } from './schemas.js';

/** ORG-5: due items an actor may see, by the owner and unit of the item. */
export function dueItemScope(actor: Actor): SQL {
  return scopeCondition(actor, 'deadline:read', { owner: dueItems.ownerId, unit: dueItems.unitId });
}

const columns = {
  id: dueItems.id,
  kind: dueItems.kind,
  title: dueItems.title,
  subjectType: dueItems.subjectType,
  subjectId: dueItems.subjectId,
  dueAt: dueItems.dueAt,
  rule: dueItems.rule,
  rungsFired: dueItems.rungsFired,
  ownerId: users.id,
  ownerUsername: users.username,
  ownerName: users.displayName,
  unitId: units.id,
  unitName: units.name,
};

type Row = {
  [K in keyof typeof columns]: K extends 'ownerId' | 'ownerUsername' | 'ownerName' | 'unitId' | 'unitName'
    ? string
    : (typeof columns)[K]['_']['data'];
};

async function page(
  db: DbOrTx,
  scope: SQL,
  filters: (SQL | undefined)[],
  q: { page: number; pageSize: number; order: 'asc' | 'desc'; sort: 'dueAt' | 'owner' },
  now: Date,
): Promise<TDueItemPage> {
  const tz = await readPolicy(db, companyTimeZone, now);
  const today = localDate(now, tz);
  return listPage({
    db,
    rows: db
      .select(columns)
      .from(dueItems)
      .innerJoin(users, eq(users.id, dueItems.ownerId))
      .innerJoin(units, eq(units.id, dueItems.unitId))
      .$dynamic(),
    count: db.select().from(dueItems).$dynamic(),
    scope,
    filters,
    sort: {
      keys: {
        dueAt: dueItems.dueAt,
        owner: (dir) => [ordered(dir, users.displayName), asc(dueItems.dueAt)],
      },
      default: 'dueAt',
      tieBreaker: dueItems.id,
      tieBreakerOrder: 'asc',
    },
    query: q,
    toItems: (rows) => (rows as Row[]).map((r) => toItem(r, now, today, tz)),
  });
}

function toItem(r: Row, now: Date, today: string, tz: string): TDueItem {
  const isOverdue = r.dueAt.getTime() < now.getTime();
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    owner: { id: r.ownerId, username: r.ownerUsername, displayName: r.ownerName },
    unit: { id: r.unitId, name: r.unitName },
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    dueAt: r.dueAt.toISOString(),
    isOverdue,
    daysOverdue: isOverdue ? Math.max(0, localDaysBetween(localDate(r.dueAt, tz), today)) : 0,
    rungsFired: r.rungsFired,
    link: dueItemLink(r.subjectType, r.subjectId, r.rule, r.kind),
  };
}

/**
 * ORG-4/ORG-5: open items past their due time within the actor's scope, by person and unit.
 */
export async function listOverdue(
  db: DbOrTx,
  actor: Actor,
  q: TOverdueQuery,
  now: Date,
): Promise<TDueItemPage> {
  const filters = [
    eq(dueItems.status, 'open'),
    lt(dueItems.dueAt, now),
    q.ownerId ? eq(dueItems.ownerId, q.ownerId) : undefined,
    q.unitId ? inUnit(dueItems.unitId, q.unitId, q.unitTree === 'true') : undefined,
    q.kind ? eq(dueItems.kind, q.kind) : undefined,
  ];
  return page(db, dueItemScope(actor), filters, q, now);
}

/**
 * ORG-4: the actor's own open items, overdue or not; of one kind, or due by the end of today on
 * the company's clock (the rep's day: 今日).
 */
export async function listMine(db: DbOrTx, actor: Actor, q: TMineQuery, now: Date): Promise<TDueItemPage> {
  const endOfToday =
    q.dueBy === 'today' ? localDayBounds(now, await readPolicy(db, companyTimeZone, now)).end : null;
  const filters = [
    eq(dueItems.status, 'open'),
    q.overdueOnly === 'true' ? lt(dueItems.dueAt, now) : undefined,
    q.kind ? eq(dueItems.kind, q.kind) : undefined,
    endOfToday ? lt(dueItems.dueAt, endOfToday) : undefined,
  ];
  return page(db, eq(dueItems.ownerId, actor.id), filters, q, now);
}
