import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows, type Tx } from '../../db/client.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { isWorkingDay, type LocalDate } from '../../platform/deadlines/calendar.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { closeDueItems, openDueItem, type Rung } from '../../platform/deadlines/due-items.js';
import { deadlineEvents } from '../../platform/deadlines/escalate.js';
import { type DueItemRow, defineDueItemKind, type KindNotice } from '../../platform/deadlines/kinds.js';
import { readPolicy } from '../../platform/policies/read.js';
import { logDueAt } from './due-time.js';
import { loggerCondition } from './loggers.js';
import { worklogEscalateDays } from './policies.js';

/** OPS-1: "write the work log of a day" — a due item per rep and working day. */
export const WORKLOG_DUE_KIND = 'worklog.due';
/** Its subject: the rep and the day (`<user id>:<day>`); the log itself may not exist yet. */
export const WORKLOG_DAY_SUBJECT = 'work_log_day';

export const dayLink = (day: string) => `/worklogs?day=${day}`;
const subjectIdOf = (userId: string, day: string) => `${userId}:${day}`;
const dayOf = (item: Pick<DueItemRow, 'rule'>): string => String((item.rule as { day?: unknown }).day ?? '');

const MINUTES_PER_DAY = 24 * 60;

/**
 * OPS-1/OPS-7: the ladder — at the due time the rep is told the log is overdue; worklog.escalateDays
 * later the rep's direct superior (the next one up when gone, ORG-3).
 */
async function ladder(db: DbOrTx, at: Date, unitId: string): Promise<Rung[]> {
  const days = await readPolicy(db, worklogEscalateDays, at, unitId);
  return [
    { offsetMinutes: 0, notify: 'owner', key: 'overdue' },
    {
      offsetMinutes: days * MINUTES_PER_DAY,
      notify: 'superior',
      event: deadlineEvents.escalated,
      key: 'supervisor',
    },
  ];
}

async function notice(
  _tx: Tx,
  f: { item: DueItemRow; rung: Rung; ownerName: string },
): Promise<KindNotice | null> {
  const day = dayOf(f.item);
  if (f.rung.key === 'supervisor') {
    return {
      link: `/worklogs/people?userId=${f.item.ownerId}`,
      title: {
        'zh-CN': `下属工作日志逾期：${f.ownerName} 未提交 ${day} 的工作日志`,
        en: `Overdue work log in your team: ${f.ownerName} has not submitted the log of ${day}`,
      },
    };
  }
  return {
    link: dayLink(day),
    title: {
      'zh-CN': `工作日志已逾期：${day} 的工作日志尚未提交，请尽快提交`,
      en: `Work log overdue: the log of ${day} is not submitted — please submit it`,
    },
  };
}

async function hasSubmitted(db: DbOrTx, userId: string, day: string): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(
    db,
    sql`select 1 as one from work_logs where user_id = ${userId} and day = ${day}::date and status = 'submitted'`,
  );
  return rows.length > 0;
}

/** OPS-1: a rep's work log of a day, due at worklog.dueTime (on the day back from a trip). */
export const worklogDueKind = defineDueItemKind({
  kind: WORKLOG_DUE_KIND,
  label: { 'zh-CN': '工作日志', en: 'Work log' },
  link: (_id, rule) => dayLink(String(rule.day ?? '')),
  notice,
  stillDue: async (tx, item) => !(await hasSubmitted(tx, item.ownerId, dayOf(item))),
});

/** Opens the rep's item for the day (in the caller's transaction), due by logDueAt. */
export async function openLogDueItem(
  tx: Tx,
  ctx: Ctx,
  rep: { id: string; unitId: string },
  day: LocalDate,
): Promise<void> {
  const at = ctx.clock.now();
  const due = await logDueAt(tx, rep.id, rep.unitId, day, at);
  await openDueItem(tx, ctx, {
    kind: WORKLOG_DUE_KIND,
    title: `工作日志：${day} / Work log: ${day}`,
    ownerId: rep.id,
    unitId: rep.unitId,
    subjectType: WORKLOG_DAY_SUBJECT,
    subjectId: subjectIdOf(rep.id, day),
    dueAt: due.dueAt,
    rule: { rule: 'OPS-1', day, dueOn: due.dueOn, tripId: due.trip?.tripId ?? null },
    ladder: await ladder(tx, at, rep.unitId),
  });
}

/** The log of the day was submitted: the rep's item closes. */
export function closeLogDueItem(tx: Tx, ctx: Ctx, userId: string, day: string): Promise<void> {
  return closeDueItems(tx, ctx, {
    subjectType: WORKLOG_DAY_SUBJECT,
    subjectId: subjectIdOf(userId, day),
    kind: WORKLOG_DUE_KIND,
    reason: 'submitted',
  });
}

/**
 * OPS-1: a trip of the rep changed — each open item of a day in the trip's range is due again by
 * logDueAt (closed and opened anew with the new time, both audited), so a trip recorded or a
 * return marked moves the due date to the day back.
 */
export async function redueTripDays(
  tx: Tx,
  ctx: Ctx,
  rep: { id: string; unitId: string },
  range: { from: string; to: string },
): Promise<number> {
  const items = await queryRows<{ day: string; due_at: Date | string }>(
    tx,
    sql`select d.rule ->> 'day' as day, d.due_at from due_items d
        where d.kind = ${WORKLOG_DUE_KIND} and d.owner_id = ${rep.id} and d.status = 'open'
          and (d.rule ->> 'day') between ${range.from} and ${range.to}
        order by d.rule ->> 'day'`,
  );
  let moved = 0;
  for (const item of items) {
    const due = await logDueAt(tx, rep.id, rep.unitId, item.day, ctx.clock.now());
    if (due.dueAt.getTime() === new Date(item.due_at).getTime()) continue;
    await closeDueItems(tx, ctx, {
      subjectType: WORKLOG_DAY_SUBJECT,
      subjectId: subjectIdOf(rep.id, item.day),
      kind: WORKLOG_DUE_KIND,
      reason: 'trip_changed',
    });
    await openLogDueItem(tx, ctx, rep, item.day);
    moved += 1;
  }
  return moved;
}

/**
 * OPS-1: on a working day, every rep who must log (loggers.ts) and has no item for today gets
 * one; one transaction per rep; running twice changes nothing.
 */
export async function openTodaysLogItems(ctx: Ctx): Promise<{ opened: number; day: string | null }> {
  const today = await companyToday(ctx.db, ctx.clock.now());
  if (!isWorkingDay(today)) return { opened: 0, day: null };
  const reps = await queryRows<{ id: string; unit_id: string }>(
    ctx.db,
    sql`select u.id, u.unit_id from users u
        where ${loggerCondition(sql`u.id`, sql`u.status`)}
          and not exists (select 1 from due_items d
            where d.kind = ${WORKLOG_DUE_KIND} and d.subject_type = ${WORKLOG_DAY_SUBJECT}
              and d.subject_id = u.id::text || ':' || ${today})
          and not exists (select 1 from work_logs w
            where w.user_id = u.id and w.day = ${today}::date and w.status = 'submitted')
        order by u.id`,
  );
  for (const rep of reps) {
    await inTx(ctx, (tx) => openLogDueItem(tx, ctx, { id: rep.id, unitId: rep.unit_id }, today));
  }
  return { opened: reps.length, day: today };
}
