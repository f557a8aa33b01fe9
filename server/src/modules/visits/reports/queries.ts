import { and, eq, gte, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { DbOrTx } from '../../../db/client.js';
import { scopeCondition } from '../../../platform/access/scopes.js';
import { approvalParticipantCondition } from '../../../platform/approvals/visibility.js';
import type { Actor } from '../../../platform/context.js';
import { addLocalDays, startOfLocalDay } from '../../../platform/deadlines/calendar.js';
import { companyTimeZone } from '../../../platform/deadlines/policies.js';
import { appError } from '../../../platform/errors.js';
import { listPage } from '../../../platform/lists/list-page.js';
import { users } from '../../../platform/org/tables.js';
import { readPolicy } from '../../../platform/policies/read.js';
import { iso, isoOrNull } from '../../../platform/schemas.js';
import { customers } from '../../customers/index.js';
import { commitmentsOfVisit } from '../commitments/queries.js';
import { visitReports, visits } from '../tables.js';
import { VISIT_REPORT, VISIT_REPORT_KIND } from './due.js';
import type { TVisitReport, TVisitReportListItem, ZVisitReportListQuery } from './schemas.js';

const authors = alias(users, 'report_authors');
const reviewers = alias(users, 'report_reviewers');

/**
 * VIS-5/ORG-5: a report is read by its rep and by those whose visit:read scope covers the rep or
 * the visit's unit (the supervisor their reps', the manager the department's …), and by the people
 * its review involves. The query joins `visits`. Anyone else: it does not exist (404).
 */
export function reportScope(actor: Actor): SQL {
  return or(
    scopeCondition(actor, 'visit:read', { owner: visitReports.authorId, unit: visits.unitId }),
    approvalParticipantCondition(actor.id, VISIT_REPORT, visitReports.id),
  ) as SQL;
}

/** When the visit was made: its check-out (else check-in) time. */
export const visitedAt = sql<Date | null>`coalesce(${visits.checkOutAt}, ${visits.checkInAt})`;

/** The due time of the report's open due item (the revision's, once returned). */
const openDueAt = sql<string | null>`(select d.due_at from due_items d
  where d.subject_type = ${VISIT_REPORT} and d.subject_id = ${visitReports.id}::text
    and d.kind = ${VISIT_REPORT_KIND} and d.status = 'open'
  order by d.due_at desc limit 1)`;

const commitmentCount = sql<number>`(select count(*)::int from visit_commitments vc
  where vc.visit_id = ${visitReports.visitId} and vc.status <> 'cancelled')`;

const columns = {
  report: visitReports,
  visit: {
    customerId: visits.customerId,
    purpose: visits.purpose,
    checkInAt: visits.checkInAt,
    checkOutAt: visits.checkOutAt,
    unitId: visits.unitId,
  },
  customerName: customers.name,
  author: { id: authors.id, username: authors.username, displayName: authors.displayName },
  reviewer: { id: reviewers.id, username: reviewers.username, displayName: reviewers.displayName },
  openDueAt,
  commitmentCount,
};

function baseQuery(db: DbOrTx) {
  return db
    .select(columns)
    .from(visitReports)
    .innerJoin(visits, eq(visits.id, visitReports.visitId))
    .innerJoin(customers, eq(customers.id, visits.customerId))
    .innerJoin(authors, eq(authors.id, visitReports.authorId))
    .leftJoin(reviewers, eq(reviewers.id, visitReports.reviewerId));
}

type Row = Awaited<ReturnType<typeof baseQuery>>[number];

/** VIS-5: late = submitted after the due time, or not yet submitted and past it. */
export function isLate(r: { dueAt: Date | null; submittedAt: Date | null }, now: Date): boolean {
  if (!r.dueAt) return false;
  return (r.submittedAt ?? now).getTime() > r.dueAt.getTime();
}

function toItem(row: Row, actor: Actor, now: Date): TVisitReportListItem {
  const r = row.report;
  const writing = r.status === 'draft' || r.status === 'returned';
  return {
    id: r.id,
    visitId: r.visitId,
    customer: { id: row.visit.customerId, name: row.customerName },
    author: row.author,
    purpose: row.visit.purpose,
    checkInAt: isoOrNull(row.visit.checkInAt),
    checkOutAt: isoOrNull(row.visit.checkOutAt),
    status: r.status,
    purposeAchieved: r.purposeAchieved,
    customerSituation: r.customerSituation,
    customerNeeds: r.customerNeeds,
    competitorInfo: r.competitorInfo,
    nextSteps: r.nextSteps,
    dueAt: isoOrNull(r.dueAt),
    reviseDueAt: writing && r.submittedAt && row.openDueAt ? iso(new Date(row.openDueAt)) : null,
    submittedAt: isoOrNull(r.submittedAt),
    late: isLate(r, now),
    reviewer: row.reviewer?.id ? row.reviewer : null,
    reviewedAt: isoOrNull(r.reviewedAt),
    reviewComment: r.reviewComment,
    commitmentCount: Number(row.commitmentCount ?? 0),
    actions: { edit: writing && r.authorId === actor.id && 'visit:write' in actor.permissions },
  };
}

async function toReport(db: DbOrTx, row: Row, actor: Actor, now: Date): Promise<TVisitReport> {
  const { commitmentCount: _count, ...item } = toItem(row, actor, now);
  return { ...item, commitments: await commitmentsOfVisit(db, actor, row.report.visitId, now) };
}

/** One report by its id, within the actor's scope, or 404. */
export async function getReport(db: DbOrTx, actor: Actor, id: string, now: Date): Promise<TVisitReport> {
  const [row] = await baseQuery(db).where(and(eq(visitReports.id, id), reportScope(actor)));
  if (!row) throw appError('NOT_FOUND');
  return toReport(db, row, actor, now);
}

/** The report of a visit, within the actor's scope, or 404 (also when the visit has none yet). */
export async function getReportOfVisit(
  db: DbOrTx,
  actor: Actor,
  visitId: string,
  now: Date,
): Promise<TVisitReport> {
  const [row] = await baseQuery(db).where(and(eq(visitReports.visitId, visitId), reportScope(actor)));
  if (!row) throw appError('NOT_FOUND');
  return toReport(db, row, actor, now);
}

/** Whether the actor may read the report (the approval engine asks before showing its history). */
export async function canReadReport(db: DbOrTx, actor: Actor, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: visitReports.id })
    .from(visitReports)
    .innerJoin(visits, eq(visits.id, visitReports.visitId))
    .where(and(eq(visitReports.id, id), reportScope(actor)))
    .limit(1);
  return rows.length > 0;
}

/**
 * VIS-5: my reports, or my team's (the reps in my scope), filtered by status, late and the
 * visit's company date, sorted and paged in SQL, always within scope.
 */
export async function listReports(
  db: DbOrTx,
  actor: Actor,
  query: z.output<typeof ZVisitReportListQuery>,
  now: Date,
) {
  const tz = await readPolicy(db, companyTimeZone, now);
  const late = sql`coalesce(${visitReports.submittedAt}, ${now.toISOString()}::timestamptz) > ${visitReports.dueAt}`;
  return listPage({
    db,
    rows: baseQuery(db).$dynamic(),
    count: db
      .select()
      .from(visitReports)
      .innerJoin(visits, eq(visits.id, visitReports.visitId))
      .innerJoin(customers, eq(customers.id, visits.customerId))
      .$dynamic(),
    scope: reportScope(actor),
    filters: [
      query.box === 'mine' ? eq(visitReports.authorId, actor.id) : ne(visitReports.authorId, actor.id),
      query.status ? eq(visitReports.status, query.status) : undefined,
      query.late === true ? late : undefined,
      query.late === false ? sql`not (${late})` : undefined,
      query.from ? gte(visitedAt, startOfLocalDay(query.from, tz)) : undefined,
      query.to ? lt(visitedAt, startOfLocalDay(addLocalDays(query.to, 1), tz)) : undefined,
    ],
    sort: {
      keys: { visitedAt: { nullsLast: visitedAt }, dueAt: { nullsLast: visitReports.dueAt } },
      default: 'visitedAt',
      order: 'desc',
      tieBreaker: visitReports.id,
    },
    query,
    toItems: (rows) => rows.map((r) => toItem(r, actor, now)),
  });
}
