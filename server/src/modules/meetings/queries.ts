import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { userRefs } from '../../platform/org/refs.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import type { TDayFigures } from '../daily-reports/index.js';
import { hostScope, meetingReadScope } from './host-scope.js';
import type { TMeeting, TMeetingQuery } from './schemas.js';
import { meetingAssignments, meetingAttendance, meetings } from './tables.js';

function selectMeetings(db: DbOrTx, actor: Actor) {
  return db
    .select({
      m: meetings,
      unitName: units.name,
      mayHost: sql<boolean>`${hostScope(actor, meetings.unitId)}`,
    })
    .from(meetings)
    .innerJoin(units, eq(units.id, meetings.unitId));
}
type Row = Awaited<ReturnType<ReturnType<typeof selectMeetings>['where']>>[number];

function head(
  { m, unitName, mayHost }: Row,
  people: Map<string, { id: string; username: string; displayName: string }>,
) {
  return {
    id: m.id,
    unit: { id: m.unitId, name: unitName },
    day: m.day,
    startsAt: iso(m.startsAt),
    host: m.hostId ? (people.get(m.hostId) ?? null) : null,
    status: m.status,
    figuresDay: m.figuresDay,
    figuresReportId: m.figuresReportId,
    figures: (m.figures as TDayFigures | null) ?? null,
    problems: m.problems,
    views: m.views,
    minutes: m.minutes,
    closedAt: isoOrNull(m.closedAt),
    canHost: mayHost && m.status === 'open',
  };
}

/** OPS-6: the meetings the actor may read (their unit's, or as granted), newest first, with attendance counts. */
export async function listMeetings(db: DbOrTx, actor: Actor, q: TMeetingQuery) {
  return listPage({
    db,
    rows: selectMeetings(db, actor).$dynamic(),
    count: db.select().from(meetings).$dynamic(),
    scope: meetingReadScope(actor),
    filters: [
      q.unitId ? eq(meetings.unitId, q.unitId) : undefined,
      q.status ? eq(meetings.status, q.status) : undefined,
      q.from ? gte(meetings.day, q.from) : undefined,
      q.to ? lte(meetings.day, q.to) : undefined,
    ],
    sort: { keys: { day: meetings.day }, default: 'day', tieBreaker: meetings.id },
    query: { page: q.page, pageSize: q.pageSize, sort: 'day', order: q.order },
    toItems: async (rows) => {
      const ids = rows.map((r) => r.m.id);
      const counts =
        ids.length === 0
          ? []
          : await db
              .select({
                meetingId: meetingAttendance.meetingId,
                members: sql<number>`count(*)::int`,
                present: sql<number>`(count(*) filter (where ${meetingAttendance.status} = 'present'))::int`,
                late: sql<number>`(count(*) filter (where ${meetingAttendance.status} = 'late'))::int`,
                absent: sql<number>`(count(*) filter (where ${meetingAttendance.status} = 'absent'))::int`,
              })
              .from(meetingAttendance)
              .where(inArray(meetingAttendance.meetingId, ids))
              .groupBy(meetingAttendance.meetingId);
      const byId = new Map(counts.map((c) => [c.meetingId, c]));
      const people = await userRefs(
        db,
        rows.map((r) => r.m.hostId),
      );
      return rows.map((r) => {
        const c = byId.get(r.m.id);
        return {
          ...head(r, people),
          members: c?.members ?? 0,
          present: c?.present ?? 0,
          late: c?.late ?? 0,
          absent: c?.absent ?? 0,
        };
      });
    },
  });
}

/** One meeting the actor may read, with attendance and assignments (404 otherwise). */
export async function getMeeting(db: DbOrTx, actor: Actor, id: string): Promise<TMeeting> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectMeetings(db, actor).where(and(eq(meetings.id, id), meetingReadScope(actor)));
  if (!row) throw appError('NOT_FOUND');
  const attendance = await db
    .select({ a: meetingAttendance })
    .from(meetingAttendance)
    .innerJoin(users, eq(users.id, meetingAttendance.userId))
    .where(eq(meetingAttendance.meetingId, id))
    .orderBy(asc(users.username));
  const assignments = await db
    .select()
    .from(meetingAssignments)
    .where(eq(meetingAssignments.meetingId, id))
    .orderBy(desc(meetingAssignments.createdAt), asc(meetingAssignments.id));
  const people = await userRefs(db, [
    row.m.hostId,
    ...attendance.map((x) => x.a.userId),
    ...assignments.flatMap((a) => [a.assigneeId, a.taskAssigneeId]),
  ]);
  const ref = (uid: string) => people.get(uid) ?? { id: uid, username: '?', displayName: '?' };
  return {
    ...head(row, people),
    attendance: attendance.map(({ a }) => ({
      user: ref(a.userId),
      status: a.status,
      exemption: a.exemption,
      arrivedAt: isoOrNull(a.arrivedAt),
      minutesLate: a.minutesLate,
      reason: a.reason,
      recordedAt: isoOrNull(a.recordedAt),
    })),
    assignments: assignments.map((a) => ({
      id: a.id,
      assignee: ref(a.assigneeId),
      taskAssignee: ref(a.taskAssigneeId),
      routed: a.assigneeId !== a.taskAssigneeId,
      taskId: a.taskId,
      content: a.content,
      dueAt: iso(a.dueAt),
      createdAt: iso(a.createdAt),
    })),
  };
}
