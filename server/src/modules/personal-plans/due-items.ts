import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { closeDueItem, closeDueItems, ensureDueItem } from '../../platform/deadlines/due-items.js';
import { type DueItemRow, defineDueItemKind, type KindNotice } from '../../platform/deadlines/kinds.js';
import { defaultLadder } from '../../platform/deadlines/ladder.js';
import { readPolicy } from '../../platform/policies/read.js';
import {
  addMonths,
  companyCalendar,
  kindOfPeriod,
  type PlanKind,
  type PlanPeriod,
  planDueAt,
} from './period.js';
import { plannerCondition } from './planners.js';
import { annualPlanDue, monthlyPlanDueDay } from './policies.js';
import { hasSubmittedPlan } from './submitted.js';

/** PLAN-4: the due items "submit your personal plan", one kind per plan kind, one item per rep and period. */
export const ANNUAL_DUE_KIND = 'personal_plan.annualDue';
export const MONTHLY_DUE_KIND = 'personal_plan.monthlyDue';
/** Their subject: the rep and the period (`<rep id>:<period>`); the plan itself may not exist yet. */
export const PLAN_PERIOD_SUBJECT = 'personal_plan_period';

const dueKindOf = (kind: PlanKind) => (kind === 'annual' ? ANNUAL_DUE_KIND : MONTHLY_DUE_KIND);
const subjectIdOf = (repId: string, period: PlanPeriod): string => `${repId}:${period}`;

/** Where the rep writes the plan of a period. */
export const myPlanLink = (period: PlanPeriod): string => `/personal-plans?period=${period}`;

function periodOfItem(item: Pick<DueItemRow, 'rule'>): PlanPeriod | null {
  const period = (item.rule as { period?: unknown } | null)?.period;
  return typeof period === 'string' ? period : null;
}

const planName = (period: PlanPeriod) =>
  kindOfPeriod(period) === 'annual'
    ? { 'zh-CN': `${period} 年度销售计划表`, en: `annual sales plan for ${period}` }
    : { 'zh-CN': `${period} 月销售计划表`, en: `monthly sales plan for ${period}` };

/** The words of the ladder's notices: the rep is asked to submit; the superior told whose plan is late. */
async function notice(
  _tx: Tx,
  f: { item: DueItemRow; event: string; toOwner: boolean; ownerName: string },
): Promise<KindNotice | null> {
  const period = periodOfItem(f.item);
  if (!period) return null;
  const due = (f.item.rule as { dueDate?: string }).dueDate ?? '';
  const name = planName(period);
  const link = myPlanLink(period);
  if (f.event === 'deadline.reminder') {
    return {
      link,
      title: {
        'zh-CN': `请于 ${due} 当天结束前提交 ${name['zh-CN']}`,
        en: `Submit your ${name.en} by the end of ${due}`,
      },
    };
  }
  if (f.toOwner) {
    return {
      link,
      title: {
        'zh-CN': `销售计划逾期：${name['zh-CN']}未在 ${due} 前提交，请尽快提交`,
        en: `Sales plan overdue: your ${name.en} was due by ${due}; submit it now`,
      },
    };
  }
  return {
    link: `/team-personal-plans?period=${period}`,
    title: {
      'zh-CN': `下属销售计划逾期：${f.ownerName} 的 ${name['zh-CN']}未在 ${due} 前提交`,
      en: `Sales plan overdue in your team: ${f.ownerName}’s ${name.en} was due by ${due}`,
    },
  };
}

const stillDue = async (tx: Tx, item: DueItemRow) => {
  const period = periodOfItem(item);
  return period !== null && !(await hasSubmittedPlan(tx, item.ownerId, period));
};
const link = (_id: string, rule: Record<string, unknown>) =>
  typeof rule.period === 'string' ? myPlanLink(rule.period) : '/personal-plans';

/** PLAN-4: the rep's annual plan, due by plan.annualPlanDue; the usual ladder; a plan submitted closes it. */
export const annualDueKind = defineDueItemKind({
  kind: ANNUAL_DUE_KIND,
  label: { 'zh-CN': '提交个人年度销售计划表', en: 'Personal annual sales plan due' },
  link,
  notice,
  stillDue,
});

/** PLAN-4: the rep's plan for next month, due by plan.monthlyPlanDueDay; the usual ladder. */
export const monthlyDueKind = defineDueItemKind({
  kind: MONTHLY_DUE_KIND,
  label: { 'zh-CN': '提交下月销售计划表', en: 'Next month’s sales plan due' },
  link,
  notice,
  stillDue,
});

/**
 * PLAN-4: the rep's item for the period is open — opened now if they have none, reopened if it
 * was closed (a submitted plan rejected or withdrawn: it must be submitted again). In the
 * caller's transaction, audited by the deadline engine.
 */
export async function ensurePlanDueItem(
  tx: Tx,
  ctx: Ctx,
  rep: { id: string; unitId: string },
  period: PlanPeriod,
  reason: string,
): Promise<'opened' | 'reopened' | 'open'> {
  const kind = kindOfPeriod(period);
  const subjectId = subjectIdOf(rep.id, period);
  const key = { kind: dueKindOf(kind), subjectType: PLAN_PERIOD_SUBJECT, subjectId };
  return ensureDueItem(tx, ctx, key, reason, async () => {
    const at = ctx.clock.now();
    const { tz } = await companyCalendar(tx, at);
    const { dueDate, dueAt } = await planDueAt(tx, period, rep.unitId, at, tz);
    const name = planName(period);
    return {
      ...key,
      title: `提交${name['zh-CN']} / Submit the ${name.en}`,
      ownerId: rep.id,
      unitId: rep.unitId,
      dueAt,
      rule: {
        period,
        kind,
        dueDate,
        policy: kind === 'annual' ? annualPlanDue.id : monthlyPlanDueDay.id,
      },
      ladder: await defaultLadder(tx, at),
    };
  });
}

/** PLAN-4: the plan of the period was submitted: the rep's item closes. */
export async function closePlanDueItem(tx: Tx, ctx: Ctx, repId: string, period: PlanPeriod): Promise<void> {
  await closeDueItems(tx, ctx, {
    subjectType: PLAN_PERIOD_SUBJECT,
    subjectId: subjectIdOf(repId, period),
    kind: dueKindOf(kindOfPeriod(period)),
    reason: 'submitted',
  });
}

/** Every planner without a submitted plan of `period` and without an item for it gets one. */
async function openFor(ctx: Ctx, period: PlanPeriod): Promise<number> {
  const kind = dueKindOf(kindOfPeriod(period));
  const reps = await queryRows<{ id: string; unit_id: string }>(
    ctx.db,
    sql`select u.id, u.unit_id from users u
        where ${plannerCondition(sql`u.id`, sql`u.status`)}
          and not exists (select 1 from due_items d
            where d.kind = ${kind} and d.subject_type = ${PLAN_PERIOD_SUBJECT}
              and d.subject_id = u.id::text || ':' || ${period})
          and not exists (select 1 from personal_plans p
            where p.rep_id = u.id and p.period = ${period} and p.status in ('submitted', 'approved'))
        order by u.id`,
  );
  let opened = 0;
  for (const rep of reps) {
    const done = await inTx(ctx, (tx) =>
      ensurePlanDueItem(tx, ctx, { id: rep.id, unitId: rep.unit_id }, period, 'window_opened'),
    );
    if (done === 'opened') opened += 1;
  }
  return opened;
}

/**
 * PLAN-4: the planning windows. Next month's plan: from the 1st of the month before, every rep who
 * must plan (planners.ts) and has not submitted it gets the item, due at plan.monthlyPlanDueDay.
 * This year's plan: in January (from the 1st until its due date, plan.annualPlanDue) the same for
 * the annual plan — afterwards newcomers are not flagged for a year already under way. The
 * deadline job fires the ladders; items whose plan has been submitted close, and so do those of
 * a period over (it can no longer be submitted). One transaction per item; running twice changes
 * nothing.
 */
export async function openPlanDueItems(ctx: Ctx): Promise<{ opened: number; closed: number }> {
  const at = ctx.clock.now();
  const cal = await companyCalendar(ctx.db, at);
  let opened = await openFor(ctx, addMonths(cal.month, 1));
  const companyDue = `${cal.year}-${await readPolicy(ctx.db, annualPlanDue, at)}`;
  if (cal.today.slice(5, 7) === '01' || cal.today <= companyDue) opened += await openFor(ctx, cal.year);
  const submitted = await queryRows<{ id: string }>(
    ctx.db,
    sql`select d.id from due_items d
        join personal_plans p on p.rep_id = d.owner_id and p.period = (d.rule ->> 'period')
          and p.status in ('submitted', 'approved')
        where d.kind in (${ANNUAL_DUE_KIND}, ${MONTHLY_DUE_KIND}) and d.status = 'open'
        order by d.id`,
  );
  for (const item of submitted) {
    await inTx(ctx, (tx) => closeDueItem(tx, ctx, item, 'submitted'));
  }
  // A period over can no longer be planned: its item leaves 待办 (the team view still flags it).
  const over = await queryRows<{ id: string }>(
    ctx.db,
    sql`select d.id from due_items d
        where d.status = 'open'
          and ((d.kind = ${MONTHLY_DUE_KIND} and (d.rule ->> 'period') < ${cal.month})
            or (d.kind = ${ANNUAL_DUE_KIND} and (d.rule ->> 'period') < ${cal.year}))
        order by d.id`,
  );
  for (const item of over) {
    await inTx(ctx, (tx) => closeDueItem(tx, ctx, item, 'period_over'));
  }
  return { opened, closed: submitted.length + over.length };
}
