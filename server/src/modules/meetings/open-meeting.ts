import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import type { Ctx } from '../../platform/context.js';
import { fromWallTime, type LocalDate, startOfLocalDay } from '../../platform/deadlines/calendar.js';
import { users } from '../../platform/org/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { unitDayReport } from '../daily-reports/index.js';
import { awayOf } from './exemption.js';
import { meetingStartTime } from './policies.js';
import { meetingAttendance, meetings } from './tables.js';
import { previousWorkingDay } from './working-days.js';

/** The moment a meeting of the unit starts on a day: the policy time (for the unit) in the company zone. */
export async function meetingStart(tx: Tx, unitId: string, day: LocalDate, at: Date): Promise<Date> {
  const tz = await readCompanyTimeZone(tx, at);
  const [hour, minute] = (await readPolicy(tx, meetingStartTime, at, unitId)).split(':').map(Number) as [
    number,
    number,
  ];
  const [year, month, d] = day.split('-').map(Number) as [number, number, number];
  return fromWallTime({ year, month, day: d, hour, minute, second: 0, ms: 0 }, tz);
}

/**
 * OPS-6: the unit's meeting of the day, made if missing (in the caller's transaction) — starting
 * at the policy time, with yesterday's figures copied from the previous working day's unit daily
 * report (generated then if it never was) and an attendance row for every active member placed in
 * the unit, those away on a trip or a visit marked `away` (exempt). `hostId`: who opens it.
 * Returns the meeting's id and whether it was made now.
 */
export async function ensureMeeting(
  tx: Tx,
  ctx: Ctx,
  q: { unitId: string; day: LocalDate; hostId: string | null },
): Promise<{ id: string; made: boolean }> {
  const [existing] = await tx
    .select({ id: meetings.id, hostId: meetings.hostId, status: meetings.status })
    .from(meetings)
    .where(and(eq(meetings.unitId, q.unitId), eq(meetings.day, q.day)));
  if (existing) {
    if (!existing.hostId && q.hostId && existing.status === 'open') {
      await tx
        .update(meetings)
        .set({ hostId: q.hostId, updatedAt: ctx.clock.now() })
        .where(eq(meetings.id, existing.id));
      await audit(tx, ctx, {
        entity: 'meeting',
        entityId: existing.id,
        action: 'meeting.host',
        after: { hostId: q.hostId },
      });
    }
    return { id: existing.id, made: false };
  }
  const now = ctx.clock.now();
  const tz = await readCompanyTimeZone(tx, now);
  const startsAt = await meetingStart(tx, q.unitId, q.day, now);
  const figuresDay = previousWorkingDay(q.day);
  const report = await unitDayReport(tx, ctx, q.unitId, figuresDay);
  const [row] = await tx
    .insert(meetings)
    .values({
      unitId: q.unitId,
      day: q.day,
      startsAt,
      hostId: q.hostId,
      figuresDay,
      figuresReportId: report?.id ?? null,
      figures: report?.figures ?? null,
      createdAt: now,
      updatedAt: now,
      createdBy: ctx.actor?.id ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: meetings.id });
  if (!row) {
    // Made meanwhile by another transaction.
    const [made] = await tx
      .select({ id: meetings.id })
      .from(meetings)
      .where(and(eq(meetings.unitId, q.unitId), eq(meetings.day, q.day)));
    return { id: made!.id, made: false };
  }
  const members = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.unitId, q.unitId), eq(users.status, 'active')));
  const ids = members.map((m) => m.id);
  const away = await awayOf(tx, { userIds: ids, day: q.day, startsAt, dayStart: startOfLocalDay(q.day, tz) });
  if (ids.length > 0) {
    await tx.insert(meetingAttendance).values(
      ids.map((userId) => ({
        meetingId: row.id,
        userId,
        status: away.has(userId) ? ('away' as const) : ('pending' as const),
        exemption: away.get(userId) ?? null,
      })),
    );
  }
  await audit(tx, ctx, {
    entity: 'meeting',
    entityId: row.id,
    action: 'meeting.open',
    after: {
      unitId: q.unitId,
      day: q.day,
      startsAt,
      figuresDay,
      figuresReportId: report?.id ?? null,
      members: ids.length,
    },
  });
  return { id: row.id, made: true };
}
