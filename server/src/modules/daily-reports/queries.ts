import { and, asc, desc, eq, gte, isNotNull, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import type { Actor } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { userRefs } from '../../platform/org/refs.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import type { TDailyReport, TDailyReportQuery, TDayFigures } from './schemas.js';
import { reportScope } from './scope.js';
import { dailyReports } from './tables.js';

const person = alias(users, 'person');

function selectReports(db: DbOrTx, actor: Actor) {
  return db
    .select({
      r: dailyReports,
      unitName: units.name,
      personName: person.displayName,
      mayWrite: sql<boolean>`${reportScope(actor, 'daily_report:write')}`,
      mayReview: sql<boolean>`${reportScope(actor, 'daily_report:review')}`,
    })
    .from(dailyReports)
    .innerJoin(units, eq(units.id, dailyReports.unitId))
    .leftJoin(person, eq(person.id, dailyReports.userId));
}
type Row = Awaited<ReturnType<ReturnType<typeof selectReports>['where']>>[number];

/** The reports as the actor sees them; `today` (company day) decides what is archived. */
async function toReports(db: DbOrTx, actor: Actor, rows: Row[], today: string): Promise<TDailyReport[]> {
  const people = await userRefs(
    db,
    rows.flatMap(({ r }) => [r.userId, r.reviewedBy]),
  );
  return rows.map(({ r, unitName, mayWrite, mayReview }) => {
    const archived = r.day < today;
    const isPerson = r.userId !== null;
    const own = r.userId === actor.id;
    return {
      id: r.id,
      kind: isPerson ? 'person' : 'unit',
      user: r.userId ? (people.get(r.userId) ?? null) : null,
      unit: { id: r.unitId, name: unitName },
      day: r.day,
      figures: r.figures as TDayFigures,
      notes: r.notes,
      generatedAt: iso(r.generatedAt),
      submittedAt: isoOrNull(r.submittedAt),
      reviewStatus: r.reviewStatus,
      reviewComment: r.reviewComment,
      reviewedBy: r.reviewedBy ? (people.get(r.reviewedBy) ?? null) : null,
      reviewedAt: isoOrNull(r.reviewedAt),
      archived,
      canWrite:
        isPerson &&
        own &&
        mayWrite &&
        r.reviewStatus !== 'approved' &&
        (!archived || r.reviewStatus === 'returned'),
      canReview: isPerson && !own && mayReview && r.reviewStatus === 'pending',
      canRegenerate: !archived && mayWrite,
    };
  });
}

export async function companyToday(db: DbOrTx, at: Date): Promise<string> {
  return localDate(at, await readCompanyTimeZone(db, at));
}

function filtersOf(q: Partial<TDailyReportQuery>): (SQL | undefined)[] {
  return [
    q.unitId ? eq(dailyReports.unitId, q.unitId) : undefined,
    q.userId ? eq(dailyReports.userId, q.userId) : undefined,
    q.kind === 'person'
      ? isNotNull(dailyReports.userId)
      : q.kind === 'unit'
        ? isNull(dailyReports.userId)
        : undefined,
    q.reviewStatus ? eq(dailyReports.reviewStatus, q.reviewStatus) : undefined,
    q.from ? gte(dailyReports.day, q.from) : undefined,
    q.to ? lte(dailyReports.day, q.to) : undefined,
  ];
}

const sortKeys = { day: dailyReports.day, unit: units.name, person: person.displayName };

/** OPS-2: the archive by day — the reports the actor may read, filtered by unit, person, kind, review and dates. */
export async function listDailyReports(db: DbOrTx, actor: Actor, q: TDailyReportQuery, at: Date) {
  const today = await companyToday(db, at);
  return listPage({
    db,
    rows: selectReports(db, actor).$dynamic(),
    count: db.select().from(dailyReports).$dynamic(),
    scope: reportScope(actor, 'daily_report:read'),
    filters: filtersOf(q),
    sort: { keys: sortKeys, default: 'day', tieBreaker: dailyReports.id },
    query: { page: q.page, pageSize: q.pageSize, sort: q.sort, order: q.order },
    toItems: (rows) => toReports(db, actor, rows, today),
  });
}

/** The rows of the export: the list's filters and scope, first rows by day. */
export async function dailyReportRows(
  db: DbOrTx,
  actor: Actor,
  q: TDailyReportQuery,
  at: Date,
  limit: number,
) {
  const today = await companyToday(db, at);
  const rows = await selectReports(db, actor)
    .where(and(reportScope(actor, 'daily_report:read'), ...filtersOf(q)))
    .orderBy(desc(dailyReports.day), asc(units.name), asc(person.displayName), asc(dailyReports.id))
    .limit(limit);
  return toReports(db, actor, rows, today);
}

/** One report the actor may read (404 otherwise). */
export async function getDailyReport(db: DbOrTx, actor: Actor, id: string, at: Date): Promise<TDailyReport> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const rows = await selectReports(db, actor).where(
    and(eq(dailyReports.id, id), reportScope(actor, 'daily_report:read')),
  );
  const [item] = await toReports(db, actor, rows, await companyToday(db, at));
  if (!item) throw appError('NOT_FOUND');
  return item;
}
