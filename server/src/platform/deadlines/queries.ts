import { and, count, eq, lt, lte, notInArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { listPage } from '../lists/list-page.js';
import { readPolicy } from '../policies/read.js';
import { dueItemLink } from './links.js';
import { dueSoonHours } from './policies.js';
import { dueItems } from './tables.js';

const HOUR_MS = 3_600_000;

/** An open due item as the to-do list shows it. */
export interface DueItemForOwner {
  id: string;
  kind: string;
  title: string;
  subjectType: string;
  subjectId: string;
  dueAt: Date;
  /** Where it leads in the web app (platform/deadlines/links.ts), if anywhere. */
  link: string | null;
  /** Open and its due time has passed. */
  isOverdue: boolean;
}

async function soonLimit(db: DbOrTx, now: Date): Promise<Date> {
  const hours = await readPolicy(db, dueSoonHours, now);
  return new Date(now.getTime() + hours * HOUR_MS);
}

/**
 * `exceptSubjectTypes`: subjects the caller already lists on their own (the to-do list shows
 * tasks with their deadlines in its task section), so nothing is counted twice.
 */
export interface DueItemFilter {
  exceptSubjectTypes?: string[];
}

function ownerOpenDueBy(userId: string, limit: Date, filter: DueItemFilter) {
  const except = filter.exceptSubjectTypes ?? [];
  return and(
    eq(dueItems.ownerId, userId),
    eq(dueItems.status, 'open'),
    lte(dueItems.dueAt, limit),
    except.length ? notInArray(dueItems.subjectType, except) : undefined,
  );
}

/**
 * The to-do list's deadlines: open items of the owner that are overdue or due within the
 * due-soon window (policy `deadline.dueSoonHours`), most urgent first.
 */
export async function listDueItemsFor(
  db: DbOrTx,
  userId: string,
  opts: { now: Date; paging?: { page: number; pageSize: number } } & DueItemFilter,
): Promise<{ items: DueItemForOwner[]; total: number }> {
  const limit = await soonLimit(db, opts.now);
  const { items, total } = await listPage({
    db,
    rows: db
      .select({
        id: dueItems.id,
        kind: dueItems.kind,
        title: dueItems.title,
        subjectType: dueItems.subjectType,
        subjectId: dueItems.subjectId,
        dueAt: dueItems.dueAt,
        rule: dueItems.rule,
      })
      .from(dueItems)
      .$dynamic(),
    count: db.select().from(dueItems).$dynamic(),
    // The owner's own items only.
    scope: ownerOpenDueBy(userId, limit, opts),
    sort: { keys: { dueAt: dueItems.dueAt }, default: 'dueAt', order: 'asc', tieBreaker: dueItems.id },
    query: { page: opts.paging?.page ?? 1, pageSize: opts.paging?.pageSize ?? 50 },
    toItems: (rows) =>
      rows.map(({ rule, ...r }) => ({
        ...r,
        link: dueItemLink(r.subjectType, r.subjectId, rule, r.kind),
        isOverdue: r.dueAt.getTime() < opts.now.getTime(),
      })),
  });
  return { items, total };
}

/** The to-do badge's share of deadlines: how many items listDueItemsFor would list. */
export async function countDueItemsFor(
  db: DbOrTx,
  userId: string,
  now: Date,
  filter: DueItemFilter = {},
): Promise<number> {
  const limit = await soonLimit(db, now);
  const [row] = await db
    .select({ n: count() })
    .from(dueItems)
    .where(ownerOpenDueBy(userId, limit, filter));
  return Number(row?.n ?? 0);
}

/** Open items past their due time (SQL condition), for callers building their own queries. */
export function overdueCondition(now: Date) {
  return and(eq(dueItems.status, 'open'), lt(dueItems.dueAt, now));
}
