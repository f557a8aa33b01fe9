import { and, asc, eq, gte, ilike, inArray, lt, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import type { Actor } from '../../platform/context.js';
import { addLocalDays, startOfLocalDay } from '../../platform/deadlines/calendar.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { userRefs } from '../../platform/org/refs.js';
import { units } from '../../platform/org/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import { excellentScore } from './policies.js';
import type {
  TMyTraining,
  TTrainingAttendee,
  TTrainingSession,
  TTrainingSessionDetail,
  ZTrainingQuery,
} from './schemas.js';
import { sessionScope } from './scope.js';
import { trainingAttendees, trainingSessions } from './tables.js';

const unknownUser = (id: string) => ({ id, username: '?', displayName: '?' });
const counts = {
  invited: sql<number>`(select count(*)::int from training_attendees a where a.session_id = ${trainingSessions.id})`,
  attended: sql<number>`(select count(*)::int from training_attendees a where a.session_id = ${trainingSessions.id} and a.attendance = 'attended')`,
  excellent: sql<number>`(select count(*)::int from training_attendees a where a.session_id = ${trainingSessions.id} and a.excellent)`,
};

function selectSessions(db: DbOrTx) {
  return db
    .select({ s: trainingSessions, unitName: units.name, ...counts })
    .from(trainingSessions)
    .innerJoin(units, eq(units.id, trainingSessions.unitId));
}
type SessionRow = Awaited<ReturnType<ReturnType<typeof selectSessions>['where']>>[number];

async function toSessions(db: DbOrTx, rows: SessionRow[]): Promise<TTrainingSession[]> {
  const people = await userRefs(
    db,
    rows.flatMap((r) => [r.s.trainerId, r.s.organizerId]),
  );
  return rows.map(({ s, unitName, invited, attended, excellent }) => ({
    id: s.id,
    topic: s.topic,
    title: s.title,
    trainer: s.trainerId ? (people.get(s.trainerId) ?? unknownUser(s.trainerId)) : null,
    trainerName: s.trainerName,
    startsAt: iso(s.startsAt),
    endsAt: iso(s.endsAt),
    place: s.place,
    unit: { id: s.unitId, name: unitName },
    organizer: people.get(s.organizerId) ?? unknownUser(s.organizerId),
    invited: Number(invited),
    attended: Number(attended),
    excellent: Number(excellent),
  }));
}

/** OPS-8: the sessions the actor may see (training:read scope), newest first by default. */
export async function listTrainingSessions(
  db: DbOrTx,
  actor: Actor,
  q: z.output<typeof ZTrainingQuery>,
  at: Date,
) {
  const tz = await readCompanyTimeZone(db, at);
  return listPage({
    db,
    rows: selectSessions(db).$dynamic(),
    count: db.select().from(trainingSessions).$dynamic(),
    scope: sessionScope(actor, 'training:read'),
    filters: [
      q.topic ? eq(trainingSessions.topic, q.topic) : undefined,
      q.from ? gte(trainingSessions.startsAt, startOfLocalDay(q.from, tz)) : undefined,
      q.to ? lt(trainingSessions.startsAt, startOfLocalDay(addLocalDays(q.to, 1), tz)) : undefined,
      q.q ? ilike(trainingSessions.title, `%${q.q.replace(/[%_\\]/g, '\\$&')}%`) : undefined,
    ],
    sort: {
      keys: { startsAt: trainingSessions.startsAt, title: trainingSessions.title },
      default: 'startsAt',
      order: 'desc',
      tieBreaker: trainingSessions.id,
    },
    query: q,
    toItems: (rows) => toSessions(db, rows),
  });
}

/** The attendees of a session, by unit and name. */
async function attendeesOf(db: DbOrTx, sessionId: string): Promise<TTrainingAttendee[]> {
  const rows = await db
    .select({ a: trainingAttendees, unitName: units.name })
    .from(trainingAttendees)
    .innerJoin(units, eq(units.id, trainingAttendees.unitId))
    .where(eq(trainingAttendees.sessionId, sessionId))
    .orderBy(asc(units.name), asc(trainingAttendees.createdAt), asc(trainingAttendees.id));
  const people = await userRefs(
    db,
    rows.map((r) => r.a.userId),
  );
  return rows
    .map(({ a, unitName }) => ({
      id: a.id,
      user: people.get(a.userId) ?? unknownUser(a.userId),
      unit: { id: a.unitId, name: unitName },
      attendance: a.attendance,
      score: a.score,
      passed: a.passed,
      excellent: a.excellent,
      resultNote: a.resultNote,
      resultAt: isoOrNull(a.resultAt),
    }))
    .sort((x, y) => x.unit.name.localeCompare(y.unit.name) || x.user.username.localeCompare(y.user.username));
}

/**
 * OPS-8: a session with attendance and results — for those who may read it (training:read
 * scope) and for its attendees (404 otherwise).
 */
export async function getTrainingSession(
  db: DbOrTx,
  actor: Actor,
  id: string,
): Promise<TTrainingSessionDetail> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const attendee = sql`exists (select 1 from training_attendees a where a.session_id = ${trainingSessions.id} and a.user_id = ${actor.id})`;
  const rows = await selectSessions(db).where(
    and(eq(trainingSessions.id, id), sql`(${sessionScope(actor, 'training:read')} or ${attendee})`),
  );
  const [session] = await toSessions(db, rows);
  if (!session) throw appError('NOT_FOUND');
  const [manage] = await db
    .select({ id: trainingSessions.id })
    .from(trainingSessions)
    .where(and(eq(trainingSessions.id, id), sessionScope(actor, 'training:manage')));
  const row = rows[0]!.s;
  return {
    ...session,
    attendees: await attendeesOf(db, id),
    canManage: !!manage,
    excellentScore: await readPolicy(db, excellentScore, row.startsAt, row.unitId),
  };
}

/** OPS-8: my trainings — every session I am in, with my attendance and result, newest first. */
export async function myTrainings(db: DbOrTx, actor: Actor): Promise<{ items: TMyTraining[] }> {
  const mine = await db.select().from(trainingAttendees).where(eq(trainingAttendees.userId, actor.id));
  if (mine.length === 0) return { items: [] };
  const sessions = await toSessions(
    db,
    await selectSessions(db).where(
      inArray(
        trainingSessions.id,
        mine.map((m) => m.sessionId),
      ),
    ),
  );
  const byId = new Map(mine.map((m) => [m.sessionId, m]));
  return {
    items: sessions
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
      .map((session) => {
        const a = byId.get(session.id)!;
        return {
          session,
          attendance: a.attendance,
          score: a.score,
          passed: a.passed,
          excellent: a.excellent,
          resultNote: a.resultNote,
        };
      }),
  };
}
