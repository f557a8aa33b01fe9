import { and, eq, inArray, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows, type Tx } from '../../db/client.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { closeDueItem, closeDueItems, ensureDueItem } from '../../platform/deadlines/due-items.js';
import { type DueItemRow, defineDueItemKind, type KindNotice } from '../../platform/deadlines/kinds.js';
import { defaultLadder } from '../../platform/deadlines/ladder.js';
import { readPolicy } from '../../platform/policies/read.js';
import { addMonths, companyMonth, type Month, monthOn, planDueAt, planDueDate } from './month.js';
import { plannerCondition } from './planners.js';
import { visitPlanDueDay } from './policies.js';
import { visitPlans } from './tables.js';

/** VIS-1: the due item "submit next month's visit plan", one per rep and planned month. */
export const PLAN_DUE_KIND = 'visit_plan.due';
/** Its subject: the rep and the month (`<rep id>:<YYYY-MM>`); the plan itself may not exist yet. */
export const PLAN_MONTH_SUBJECT = 'visit_plan_month';

const subjectIdOf = (repId: string, month: Month): string => `${repId}:${month}`;

/** Where the rep writes the plan of a month. */
export const myPlanLink = (month: Month): string => `/visit-plans?month=${month}`;

/** Statuses that count as submitted for VIS-1 (under review, or approved). */
const SUBMITTED = ['submitted', 'approved'] as const;

async function hasSubmittedPlan(db: DbOrTx, repId: string, month: Month): Promise<boolean> {
  const rows = await db
    .select({ id: visitPlans.id })
    .from(visitPlans)
    .where(
      and(
        eq(visitPlans.repId, repId),
        eq(visitPlans.monthOn, monthOn(month)),
        inArray(visitPlans.status, [...SUBMITTED]),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

function monthOfItem(item: Pick<DueItemRow, 'rule'>): Month | null {
  const month = (item.rule as { month?: unknown } | null)?.month;
  return typeof month === 'string' ? month : null;
}

/** The words of the ladder's notices: the rep is asked to submit; the superior told whose plan is late. */
async function notice(
  _tx: Tx,
  f: { item: DueItemRow; event: string; toOwner: boolean; ownerName: string },
): Promise<KindNotice | null> {
  const month = monthOfItem(f.item);
  if (!month) return null;
  const due = (f.item.rule as { dueDate?: string }).dueDate ?? '';
  const link = myPlanLink(month);
  if (f.event === 'deadline.reminder') {
    return {
      link,
      title: {
        'zh-CN': `请于 ${due} 当天结束前提交 ${month} 拜访计划表`,
        en: `Submit your visit plan for ${month} by the end of ${due}`,
      },
    };
  }
  if (f.toOwner) {
    return {
      link,
      title: {
        'zh-CN': `拜访计划表逾期：${month} 的拜访计划表未在 ${due} 前提交，请尽快提交`,
        en: `Visit plan overdue: your plan for ${month} was due by ${due}; submit it now`,
      },
    };
  }
  return {
    link: '/team-visit-plans',
    title: {
      'zh-CN': `下属拜访计划表逾期：${f.ownerName} 的 ${month} 拜访计划表未在 ${due} 前提交`,
      en: `Visit plan overdue in your team: ${f.ownerName}’s plan for ${month} was due by ${due}`,
    },
  };
}

/**
 * VIS-1: a rep's plan for the next month, due by the policy's day (visit.planDueDay). Its
 * ladder is the usual one (deadline policies): a reminder before, at the due moment the rep and
 * the direct superior, later the level above. A plan submitted meanwhile closes it.
 */
export const planDueKind = defineDueItemKind({
  kind: PLAN_DUE_KIND,
  label: { 'zh-CN': '提交下月拜访计划表', en: 'Next month’s visit plan due' },
  link: (_id, rule) => (typeof rule.month === 'string' ? myPlanLink(rule.month) : '/visit-plans'),
  notice,
  stillDue: async (tx, item) => {
    const month = monthOfItem(item);
    return month !== null && !(await hasSubmittedPlan(tx, item.ownerId, month));
  },
});

/**
 * VIS-1: the rep's item for the month is open — opened now if they have none, reopened if it
 * was closed (a submitted plan rejected or withdrawn: it must be submitted again). In the
 * caller's transaction, audited by the deadline engine.
 */
export async function ensurePlanDueItem(
  tx: Tx,
  ctx: Ctx,
  rep: { id: string; unitId: string },
  month: Month,
  reason: string,
): Promise<'opened' | 'reopened' | 'open'> {
  const key = { kind: PLAN_DUE_KIND, subjectType: PLAN_MONTH_SUBJECT, subjectId: subjectIdOf(rep.id, month) };
  return ensureDueItem(tx, ctx, key, reason, async () => {
    const at = ctx.clock.now();
    const { tz } = await companyMonth(tx, at);
    const dueDay = await readPolicy(tx, visitPlanDueDay, at, rep.unitId);
    return {
      ...key,
      title: `提交 ${month} 拜访计划表 / Submit the visit plan for ${month}`,
      ownerId: rep.id,
      unitId: rep.unitId,
      dueAt: planDueAt(month, dueDay, tz),
      rule: { month, dueDate: planDueDate(month, dueDay), dueDay, policy: visitPlanDueDay.id },
      ladder: await defaultLadder(tx, at),
    };
  });
}

/** VIS-1: the plan of the month was submitted: the rep's item closes. */
export async function closePlanDueItem(tx: Tx, ctx: Ctx, repId: string, month: Month): Promise<void> {
  await closeDueItems(tx, ctx, {
    subjectType: PLAN_MONTH_SUBJECT,
    subjectId: subjectIdOf(repId, month),
    kind: PLAN_DUE_KIND,
    reason: 'submitted',
  });
}

/**
 * VIS-1: the planning window for next month opens with the month: every rep who must plan
 * (planners.ts) and has not submitted next month's plan gets the item, due at the policy's
 * deadline; the deadline job fires its ladder (overdue at the start of the day after the due
 * day, the supervisor told). Items whose plan has been submitted close. One transaction per
 * item; running twice changes nothing.
 */
export async function openPlanDueItems(ctx: Ctx): Promise<{ opened: number; closed: number }> {
  const at = ctx.clock.now();
  const { month } = await companyMonth(ctx.db, at);
  const next = addMonths(month, 1);
  const reps = await queryRows<{ id: string; unit_id: string }>(
    ctx.db,
    sql`select u.id, u.unit_id from users u
        where ${plannerCondition(sql`u.id`, sql`u.status`)}
          and not exists (select 1 from due_items d
            where d.kind = ${PLAN_DUE_KIND} and d.subject_type = ${PLAN_MONTH_SUBJECT}
              and d.subject_id = u.id::text || ':' || ${next})
          and not exists (select 1 from visit_plans p
            where p.rep_id = u.id and p.month_on = ${monthOn(next)}::date
              and p.status in ('submitted', 'approved'))
        order by u.id`,
  );
  let opened = 0;
  for (const rep of reps) {
    const done = await inTx(ctx, (tx) =>
      ensurePlanDueItem(tx, ctx, { id: rep.id, unitId: rep.unit_id }, next, 'window_opened'),
    );
    if (done === 'opened') opened += 1;
  }
  const submitted = await queryRows<{ id: string }>(
    ctx.db,
    sql`select d.id from due_items d
        join visit_plans p on p.rep_id = d.owner_id
          and p.month_on = ((d.rule ->> 'month') || '-01')::date
          and p.status in ('submitted', 'approved')
        where d.kind = ${PLAN_DUE_KIND} and d.status = 'open'
        order by d.id`,
  );
  for (const item of submitted) {
    await inTx(ctx, (tx) => closeDueItem(tx, ctx, item, 'submitted'));
  }
  return { opened, closed: submitted.length };
}
