import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { isUuid } from '../../platform/schemas.js';
import { schedulePlannedVisits } from '../visits/index.js';
import { closePlanDueItem, ensurePlanDueItem } from './due-items.js';
import { checkLines, linesOf } from './lines.js';
import { companyMonth, lastDayOf, monthOf } from './month.js';
import { visitPlanApprovers } from './policies.js';
import { type PlanRow, VISIT_PLAN_DOC, visitPlanReadScope } from './scope.js';
import { visitPlans } from './tables.js';

async function planFor(tx: DbOrTx, id: string): Promise<PlanRow> {
  const [plan] = await tx.select().from(visitPlans).where(eq(visitPlans.id, id));
  if (!plan) throw appError('NOT_FOUND');
  return plan;
}

/** The plan's month is over (the company's today is past its last day). */
export async function monthIsOver(db: DbOrTx, at: Date, plan: Pick<PlanRow, 'monthOn'>): Promise<boolean> {
  const { today } = await companyMonth(db, at);
  return lastDayOf(monthOf(plan.monthOn)) < today;
}

/**
 * VIS-1: whichever route submits it (the plan's submit or the approvals' generic one), only a
 * draft or rejected plan of a month not yet over, with at least one line, goes for review — and
 * its lines are checked again as they stand (a customer since handed to someone else, a purpose
 * since withdrawn by policy), each problem on its field.
 */
async function assertSubmittable(tx: Tx, ctx: Ctx, plan: PlanRow): Promise<void> {
  if (plan.status !== 'draft' && plan.status !== 'rejected') throw appError('STATUS_NOT_ALLOWED');
  if (await monthIsOver(tx, ctx.clock.now(), plan)) throw appError('VISIT_PLAN_MONTH_OVER');
  const lines = await linesOf(tx, plan.id);
  if (lines.length === 0) throw appError('VISIT_PLAN_EMPTY');
  await checkLines(tx, ctx, plan, lines, new Set(lines.map((l) => l.id)));
}

/** The plan's status moves with its review; the move is audited with the action the caller names. */
async function setStatus(
  tx: Tx,
  ctx: Ctx,
  plan: PlanRow,
  change: { status: PlanRow['status']; action: string },
): Promise<PlanRow> {
  const at = ctx.clock.now();
  const { status } = change;
  const [after] = await tx
    .update(visitPlans)
    .set({
      status,
      updatedAt: at,
      ...(status === 'submitted' ? { submittedAt: at } : {}),
      ...(status === 'approved' ? { approvedAt: at } : {}),
    })
    .where(eq(visitPlans.id, plan.id))
    .returning();
  await audit(tx, ctx, {
    entity: 'visit_plan',
    entityId: plan.id,
    action: change.action,
    before: { status: plan.status },
    after: { status },
  });
  return after!;
}

/** VIS-1: back from review unapproved (rejected, withdrawn): it must be submitted again, so the due item is open again. */
async function backToRep(
  tx: Tx,
  ctx: Ctx,
  req: ApprovalHookInput,
  change: { status: 'rejected' | 'draft'; action: string },
) {
  const plan = await planFor(tx, req.docId);
  await setStatus(tx, ctx, plan, change);
  if (!(await monthIsOver(tx, ctx.clock.now(), plan))) {
    const rep = { id: plan.repId, unitId: plan.unitId };
    const reason = change.status === 'draft' ? 'withdrawn' : 'rejected';
    await ensurePlanDueItem(tx, ctx, rep, monthOf(plan.monthOn), reason);
  }
}

/**
 * VIS-2/ORG-3: a rep's monthly plan is reviewed by their direct superior (policy
 * visit.planApprovers). On approval its lines become planned visits (visits module), in the
 * approval's transaction. Rejected, the rep revises it and submits again.
 */
export const visitPlanFlow = defineApprovalFlow({
  docType: VISIT_PLAN_DOC,
  label: { 'zh-CN': '拜访计划表', en: 'Visit plan' },
  chain: visitPlanApprovers,
  // VIS-2: 待办 shows whose plan, for which month, how many visits and planned hours.
  todoFacts: {
    subject: (docId) =>
      sql`select u.display_name from visit_plans p join users u on u.id = p.rep_id where p.id::text = ${docId}`,
    detail: (docId) => ({
      'zh-CN': sql`select to_char(p.month_on, 'YYYY-MM') || ' · ' || count(l.id) || ' 条拜访 · 预定 '
          || trim_scale(round(coalesce(sum(l.planned_minutes), 0)::numeric / 60, 1))::text || ' 小时'
        from visit_plans p left join visit_plan_lines l on l.plan_id = p.id
        where p.id::text = ${docId} group by p.id`,
      en: sql`select to_char(p.month_on, 'YYYY-MM') || ' · ' || count(l.id) || ' visits · '
          || trim_scale(round(coalesce(sum(l.planned_minutes), 0)::numeric / 60, 1))::text || ' h planned'
        from visit_plans p left join visit_plan_lines l on l.plan_id = p.id
        where p.id::text = ${docId} group by p.id`,
    }),
  },
  async describe(db, docId) {
    if (!isUuid(docId)) return null;
    const [row] = await db
      .select({ p: visitPlans, name: users.displayName })
      .from(visitPlans)
      .innerJoin(users, eq(users.id, visitPlans.repId))
      .where(eq(visitPlans.id, docId));
    return row
      ? {
          title: `${monthOf(row.p.monthOn)} · ${row.name}`,
          amountFen: null,
          unitId: row.p.unitId,
          ownerId: row.p.repId,
        }
      : null;
  },
  async canRead(db, actor, docId) {
    if (!isUuid(docId)) return false;
    const rows = await db
      .select({ id: visitPlans.id })
      .from(visitPlans)
      .where(and(eq(visitPlans.id, docId), visitPlanReadScope(actor)));
    return rows.length > 0;
  },
  link: (docId) => `/visit-plans/${docId}`,
  async onSubmitted(tx, ctx, req) {
    const plan = await planFor(tx, req.docId);
    await assertSubmittable(tx, ctx, plan);
    await setStatus(tx, ctx, plan, { status: 'submitted', action: 'visitPlan.submit' });
    await closePlanDueItem(tx, ctx, plan.repId, monthOf(plan.monthOn));
  },
  async onApproved(tx, ctx, req) {
    const plan = await setStatus(tx, ctx, await planFor(tx, req.docId), {
      status: 'approved',
      action: 'visitPlan.approve',
    });
    const lines = await linesOf(tx, plan.id);
    await schedulePlannedVisits(tx, ctx, {
      repId: plan.repId,
      unitId: plan.unitId,
      lines: lines.map((l) => ({
        lineId: l.id,
        customerId: l.customerId,
        purpose: l.purpose,
        plannedOn: l.plannedOn,
        plannedMinutes: l.plannedMinutes,
        note: l.note,
      })),
    });
  },
  onRejected: (tx, ctx, req) => backToRep(tx, ctx, req, { status: 'rejected', action: 'visitPlan.reject' }),
  onWithdrawn: (tx, ctx, req) => backToRep(tx, ctx, req, { status: 'draft', action: 'visitPlan.withdraw' }),
});
