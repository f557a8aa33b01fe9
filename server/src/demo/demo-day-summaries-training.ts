import { eq, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import { assembleDaySummary, sendDaySummary } from '../modules/day-summaries/index.js';
import { createTrainingSession, recordAttendance, recordTrainingResult } from '../modules/training/index.js';
import { loadActor } from '../platform/access/actor.js';
import type { Clock } from '../platform/clock.js';
import { readCompanyTimeZone } from '../platform/company-time.js';
import type { Ctx } from '../platform/context.js';
import { addLocalDays, isWorkingDay, localDate } from '../platform/deadlines/calendar.js';
import { users } from '../platform/org/tables.js';

async function ctxAs(db: Db, clock: Clock, username: string): Promise<Ctx> {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  const actor = u ? await loadActor(db, u.id) : null;
  if (!actor) throw new Error(`demo user ${username} missing`);
  return { db, clock, actor, requestId: 'demo-load', ip: null, userAgent: null, lang: 'zh-CN' };
}

/**
 * OPS-3/OPS-8: the east unit's end-of-day summary of the working day before, sent to the GM and
 * the manager, and today's waiting for the assistant; one product training of the east first
 * team with its attendance and results (one excellent).
 */
export async function loadDemoDaySummariesAndTraining(db: Db, clock: Clock): Promise<void> {
  const assistant = await ctxAs(db, clock, 'assistant_east');
  const tz = await readCompanyTimeZone(db, clock.now());
  const today = localDate(clock.now(), tz);
  let before = addLocalDays(today, -1);
  while (!isWorkingDay(before)) before = addLocalDays(before, -1);
  const unit = { assistantId: assistant.actor!.id, unitId: assistant.actor!.unitId, unitName: '华东销售部' };
  const sent = await assembleDaySummary(assistant, { ...unit, day: before });
  if (sent) await sendDaySummary(assistant, sent, { remarks: '订单与日志已核对，无异常。' });
  await assembleDaySummary(assistant, { ...unit, day: today });

  const hr = await ctxAs(db, clock, 'hr');
  const [team] = await queryRows<{ id: string }>(db, sql`select id from units where code = 'EAST-T1'`);
  const startsAt = new Date(clock.now().getTime() - 2 * 86_400_000);
  const session = await createTrainingSession(hr, {
    topic: 'product',
    title: '新一代产品线功能与卖点',
    trainerId: null,
    trainerName: '厂家技术工程师',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
    place: '总部三楼培训室',
    unitIds: [team!.id],
    userIds: [],
  });
  const of = (username: string) => session.attendees.find((a) => a.user.username === username)!;
  await recordAttendance(hr, session.id, {
    items: [{ attendeeId: of('rep03').id, attendance: 'excused' }],
  });
  await recordTrainingResult(hr, session.id, {
    attendeeId: of('rep01').id,
    score: 95,
    excellent: false,
    note: null,
  });
  await recordTrainingResult(hr, session.id, {
    attendeeId: of('rep02').id,
    score: 82,
    excellent: false,
    note: null,
  });
}
