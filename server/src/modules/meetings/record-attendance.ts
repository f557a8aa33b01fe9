import { and, eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { startOfLocalDay } from '../../platform/deadlines/calendar.js';
import { appError } from '../../platform/errors.js';
import { emit } from '../../platform/events/domain-events.js';
import { meetingArrivedLate } from './events.js';
import { awayOf } from './exemption.js';
import { hostedMeeting } from './hosted-meeting.js';
import { getMeeting } from './queries.js';
import type { TMeeting } from './schemas.js';
import { meetingAttendance } from './tables.js';

const MINUTE_MS = 60_000;

/**
 * OPS-6/PEN-2: the host marks a member — present, late (with the arrival time), absent, excused
 * (with the reason) or back to unmarked. A member away on a trip or a visit (checked again now)
 * is exempt: never late or absent. Marking someone late records the arrival and emits
 * `meetingArrivedLate` in the same transaction (whole minutes, rounded up) — once per member and
 * meeting: correcting the arrival time or marking again emits nothing more; the discipline module
 * records the violation and its fine.
 */
export function recordAttendance(
  ctx: Ctx,
  id: string,
  input: {
    userId: string;
    status: 'pending' | 'present' | 'late' | 'absent' | 'excused';
    arrivedAt?: string | undefined;
    reason?: string | null | undefined;
  },
): Promise<TMeeting> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const meeting = await hostedMeeting(tx, ctx, id);
    const [row] = await tx
      .select()
      .from(meetingAttendance)
      .where(and(eq(meetingAttendance.meetingId, id), eq(meetingAttendance.userId, input.userId)))
      .for('update');
    if (!row) throw appError('MEETING_NOT_MEMBER');
    const now = ctx.clock.now();
    const tz = await readCompanyTimeZone(tx, now);
    const away = await awayOf(tx, {
      userIds: [input.userId],
      day: meeting.day,
      startsAt: meeting.startsAt,
      dayStart: startOfLocalDay(meeting.day, tz),
    });
    const exemption = away.get(input.userId) ?? null;
    if (exemption && (input.status === 'late' || input.status === 'absent'))
      throw appError('MEETING_MEMBER_AWAY');
    let arrivedAt: Date | null = null;
    let minutesLate: number | null = null;
    if (input.status === 'late') {
      arrivedAt = new Date(input.arrivedAt!);
      const lateMs = arrivedAt.getTime() - meeting.startsAt.getTime();
      if (lateMs <= 0) throw appError('MEETING_NOT_LATE');
      minutesLate = Math.ceil(lateMs / MINUTE_MS);
    }
    const status = input.status === 'pending' && exemption ? 'away' : input.status;
    const reason = input.status === 'excused' ? (input.reason ?? null) : null;
    await tx
      .update(meetingAttendance)
      .set({ status, exemption, arrivedAt, minutesLate, reason, recordedBy: actor.id, recordedAt: now })
      .where(eq(meetingAttendance.id, row.id));
    await audit(tx, ctx, {
      entity: 'meeting',
      entityId: id,
      action: 'meeting.attendance',
      before: { userId: row.userId, status: row.status, arrivedAt: row.arrivedAt },
      after: { userId: row.userId, status, arrivedAt, minutesLate, reason, exemption },
    });
    if (status === 'late' && row.lateReportedAt === null) {
      await tx.update(meetingAttendance).set({ lateReportedAt: now }).where(eq(meetingAttendance.id, row.id));
      await emit(tx, ctx, meetingArrivedLate, {
        meetingId: id,
        day: meeting.day,
        userId: row.userId,
        unitId: meeting.unitId,
        startsAt: meeting.startsAt,
        arrivedAt: arrivedAt!,
        minutesLate: minutesLate!,
        recordedBy: actor.id,
      });
    }
    return getMeeting(tx, actor, id);
  });
}
