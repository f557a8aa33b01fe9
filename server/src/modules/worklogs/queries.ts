import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import { logDueAt } from './due-time.js';
import { logReadScope, logReviewScope } from './log-scope.js';
import { prefillDone } from './prefill.js';
import type { TWorkLog, TWorkLogDay, TWorkLogFields, TWorkLogQuery, TWorkLogRow } from './schemas.js';
import { workLogRevisions, workLogs } from './tables.js';

const reviewer = alias(users, 'reviewer');

function selectLogs(db: DbOrTx, actor: Actor) {
  return db
    .select({
      w: workLogs,
      username: users.username,
      displayName: users.displayName,
      unitName: units.name,
      revisions: sql<number>`(select count(*)::int from work_log_revisions r where r.log_id = ${workLogs.id})`,
      mayReview: sql<boolean>`(${logReviewScope(actor)})`,
    })
    .from(workLogs)
    .innerJoin(users, eq(users.id, workLogs.userId))
    .innerJoin(units, eq(units.id, workLogs.unitId));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectLogs>['where']>>[number];

const toRow = ({ w, ...x }: Row): TWorkLogRow => ({
  id: w.id,
  user: { id: w.userId, username: x.username, displayName: x.displayName },
  unit: { id: w.unitId, name: x.unitName },
  day: w.day,
  status: w.status,
  reviewStatus: w.reviewStatus,
  dueAt: iso(w.dueAt),
  submittedAt: isoOrNull(w.submittedAt),
  late: !!w.submittedAt && w.submittedAt.getTime() > w.dueAt.getTime(),
  revisions: Number(x.revisions),
  summary: (w.done.split('\n')[0] ?? '').slice(0, 120),
});

const fieldsOf = (v: unknown): TWorkLogFields => {
  const f = (v ?? {}) as Partial<TWorkLogFields>;
  return {
    done: f.done ?? '',
    customerOpinions: f.customerOpinions ?? '',
    problems: f.problems ?? '',
    tomorrowPlan: f.tomorrowPlan ?? '',
  };
};

async function toLog(db: DbOrTx, actor: Actor, row: Row, now: Date): Promise<TWorkLog> {
  const w = row.w;
  const revisions = await db
    .select({
      r: workLogRevisions,
      username: users.username,
      displayName: users.displayName,
    })
    .from(workLogRevisions)
    .innerJoin(users, eq(users.id, workLogRevisions.changedBy))
    .where(eq(workLogRevisions.logId, w.id))
    .orderBy(asc(workLogRevisions.changedAt), asc(workLogRevisions.id));
  const [rev] = w.reviewedBy
    ? await db
        .select({ id: reviewer.id, username: reviewer.username, displayName: reviewer.displayName })
        .from(reviewer)
        .where(eq(reviewer.id, w.reviewedBy))
    : [];
  const own = w.userId === actor.id && actor.permissions['worklog:write'] !== undefined;
  const waiting = w.status === 'submitted' && (w.reviewStatus === null || w.reviewStatus === 'pending');
  return {
    ...toRow(row),
    done: w.done,
    customerOpinions: w.customerOpinions,
    problems: w.problems,
    tomorrowPlan: w.tomorrowPlan,
    reviewComment: w.reviewComment,
    reviewedBy: rev ?? null,
    reviewedAt: isoOrNull(w.reviewedAt),
    closed: now.getTime() > w.dueAt.getTime(),
    history: revisions.map(({ r, username, displayName }) => ({
      id: r.id,
      before: fieldsOf(r.before),
      after: fieldsOf(r.after),
      reason: r.reason,
      changedBy: { id: r.changedBy, username, displayName },
      changedAt: iso(r.changedAt),
    })),
    actions: {
      edit: own,
      submit: own && (w.status === 'draft' || w.reviewStatus === 'returned'),
      review: row.mayReview === true && waiting,
    },
  };
}

/** OPS-1: one log the actor may read (their own, their people's), with its revisions; 404 otherwise. */
export async function getLog(db: DbOrTx, actor: Actor, id: string, now: Date): Promise<TWorkLog> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectLogs(db, actor).where(and(eq(workLogs.id, id), logReadScope(actor)));
  if (!row) throw appError('NOT_FOUND');
  return toLog(db, actor, row, now);
}

/** The actor's own log of a day, if written. */
export async function myLogOf(db: DbOrTx, actor: Actor, day: string, now: Date): Promise<TWorkLog | null> {
  const [row] = await selectLogs(db, actor).where(and(eq(workLogs.userId, actor.id), eq(workLogs.day, day)));
  return row ? toLog(db, actor, row, now) : null;
}

/** OPS-1: my log of a day as the form opens it: the log, its due time (a trip moves it), the prefill. */
export async function myLogDay(ctx: Ctx, day: string): Promise<TWorkLogDay> {
  const actor = requireActor(ctx);
  const now = ctx.clock.now();
  const tz = await readPolicy(ctx.db, companyTimeZone, now);
  if (day > localDate(now, tz)) throw appError('WORKLOG_FUTURE_DAY');
  const [log, due, prefill] = await Promise.all([
    myLogOf(ctx.db, actor, day, now),
    logDueAt(ctx.db, actor.id, actor.unitId, day, now),
    prefillDone(ctx.db, actor.id, day, tz, ctx.lang),
  ]);
  return {
    day,
    dueAt: log ? log.dueAt : iso(due.dueAt),
    trip: due.trip,
    log,
    prefill,
  };
}

const sortKeys = { day: workLogs.day, submittedAt: workLogs.submittedAt, person: users.displayName };

/** OPS-1: logs in the actor's worklog:read scope (mine; my people's), filtered and paged in SQL. */
export function listLogs(ctx: Ctx, q: TWorkLogQuery) {
  const actor = requireActor(ctx);
  return listPage({
    db: ctx.db,
    rows: selectLogs(ctx.db, actor).$dynamic(),
    count: ctx.db.select().from(workLogs).innerJoin(users, eq(users.id, workLogs.userId)).$dynamic(),
    scope: logReadScope(actor),
    filters: [
      q.userId ? eq(workLogs.userId, q.userId) : undefined,
      q.from ? sql`${workLogs.day} >= ${q.from}::date` : undefined,
      q.to ? sql`${workLogs.day} <= ${q.to}::date` : undefined,
      q.status ? eq(workLogs.status, q.status) : undefined,
      q.reviewStatus ? eq(workLogs.reviewStatus, q.reviewStatus) : undefined,
    ],
    sort: { keys: sortKeys, default: 'day', order: 'desc', tieBreaker: workLogs.id },
    query: q,
    toItems: async (rows) => rows.map(toRow),
  });
}
