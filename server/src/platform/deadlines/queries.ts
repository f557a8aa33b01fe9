import { and, asc, count, eq, lt, lte, notInArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { totalOfAll } from '../lists/first-rows.js';
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

/** Items due up to this time are listed: now plus the due-soon window (`deadline.dueSoonHours`). */
export async function dueSoonLimit(db: DbOrTx, now: Date): Promise<Date> {
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
 * due-soon window (policy `deadline.dueSoonHours`), most urgent first — the first `pageSize`
 * and how many there are in all, in one statement (the due-soon policy read first).
 */
export async function firstDueItemsFor(
  db: DbOrTx,
  userId: string,
  opts: { now: Date; pageSize: number } & DueItemFilter,
): Promise<{ items: DueItemForOwner[]; total: number }> {
  const limit = await dueSoonLimit(db, opts.now);
  const rows = await db
    .select({ ...dueItemColumns, total: totalOfAll })
    .from(dueItems)
    .where(ownerOpenDueBy(userId, limit, opts))
    .orderBy(asc(dueItems.dueAt), asc(dueItems.id))
    .limit(opts.pageSize);
  return { items: rows.map((r) => toDueItem(r, opts.now)), total: rows[0]?.total ?? 0 };
}

const dueItemColumns = {
  id: dueItems.id,
  kind: dueItems.kind,
  title: dueItems.title,
  subjectType: dueItems.subjectType,
  subjectId: dueItems.subjectId,
  dueAt: dueItems.dueAt,
  rule: dueItems.rule,
};

function toDueItem(
  { rule, ...r }: Omit<DueItemForOwner, 'link' | 'isOverdue'> & { rule: unknown },
  now: Date,
): DueItemForOwner {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    dueAt: r.dueAt,
    link: dueItemLink(r.subjectType, r.subjectId, rule, r.kind),
    isOverdue: r.dueAt.getTime() < now.getTime(),
  };
}

/** The to-do badge's share of deadlines: how many items firstDueItemsFor counts. */
export async function countDueItemsFor(
  db: DbOrTx,
  userId: string,
  now: Date,
  filter: DueItemFilter = {},
): Promise<number> {
  const [row] = await dueItemsCountQuery(db, userId, await dueSoonLimit(db, now), filter);
  return Number(row?.n ?? 0);
}

/**
 * The query behind countDueItemsFor, given the due-soon limit (dueSoonLimit), to be read with
 * other counts in one statement.
 */
export function dueItemsCountQuery(db: DbOrTx, userId: string, limit: Date, filter: DueItemFilter = {}) {
  return db
    .select({ n: count() })
    .from(dueItems)
    .where(ownerOpenDueBy(userId, limit, filter));
}

/** Open items past their due time (SQL condition), for callers building their own queries. */
export function overdueCondition(now: Date) {
  return and(eq(dueItems.status, 'open'), lt(dueItems.dueAt, now));
}
