import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { isUuid } from '../../platform/schemas.js';
import { schedulePlannedVisits } from '../visits/index.js';
import { type LineValues, replaceLines } from './lines.js';
import { monthOf } from './month.js';
import { visitPlanApprovers } from './policies.js';
import { VISIT_PLAN_CHANGE_DOC, visitPlanReadScope } from './scope.js';
import { visitPlanChanges, visitPlans } from './tables.js';

type ChangeRow = typeof visitPlanChanges.$inferSelect;

async function changeFor(tx: Tx, id: string): Promise<ChangeRow> {
  const [change] = await tx.select().from(visitPlanChanges).where(eq(visitPlanChanges.id, id));
  if (!change) throw appError('NOT_FOUND');
  return change;
}

/** The change's decision is recorded on it, audited (the caller names the action). */
async function decide(
  tx: Tx,
  ctx: Ctx,
  row: ChangeRow,
  change: { status: ChangeRow['status']; action: string },
): Promise<void> {
  const at = ctx.clock.now();
  await tx
    .update(visitPlanChanges)
    .set({ status: change.status, decidedAt: at, updatedAt: at })
    .where(eq(visitPlanChanges.id, row.id));
  await audit(tx, ctx, {
    entity: 'visit_plan_change',
    entityId: row.id,
    action: change.action,
    before: { status: row.status },
    after: { status: change.status },
  });
}

/**
 * VIS-2: an approved change takes effect — the plan's lines become the proposed ones (lines
 * kept or changed keep their ids), and the planned visits follow: a kept line's visit not yet
 * prepared moves with it, a removed line's is cancelled, a new line gets one.
 */
async function applyChange(tx: Tx, ctx: Ctx, req: ApprovalHookInput): Promise<void> {
  const change = await changeFor(tx, req.docId);
  const [plan] = await tx.select().from(visitPlans).where(eq(visitPlans.id, change.planId)).for('update');
  if (!plan) throw appError('NOT_FOUND');
  const { before, after, removedIds } = await replaceLines(
    tx,
    ctx,
    plan.id,
    change.proposedLines as LineValues[],
  );
  const at = ctx.clock.now();
  await tx.update(visitPlans).set({ updatedAt: at }).where(eq(visitPlans.id, plan.id));
  await audit(tx, ctx, {
    entity: 'visit_plan',
    entityId: plan.id,
    action: 'visitPlan.applyChange',
    before: { lines: before },
    after: { changeId: change.id, lines: after, removedLineIds: removedIds },
  });
  await decide(tx, ctx, change, { status: 'approved', action: 'visitPlanChange.approve' });
  // Only the lines the change made or altered move their visits: a kept line's visit that was
  // moved on the calendar stays where it was put.
  const was = new Map(before.map((l) => [l.id, l]));
  const altered = after.filter((l) => {
    const old = was.get(l.id);
    return (
      !old ||
      old.customerId !== l.customerId ||
      old.purpose !== l.purpose ||
      old.plannedOn !== l.plannedOn ||
      old.plannedMinutes !== l.plannedMinutes ||
      old.note !== l.note
    );
  });
  await schedulePlannedVisits(tx, ctx, {
    repId: plan.repId,
    unitId: plan.unitId,
    lines: altered.map((l) => ({
      lineId: l.id,
      customerId: l.customerId,
      purpose: l.purpose,
      plannedOn: l.plannedOn,
      plannedMinutes: l.plannedMinutes,
      note: l.note,
    })),
    removedLineIds: removedIds,
  });
}

/**
 * VIS-2: a change of an approved plan goes to the same approvers as the plan (policy
 * visit.planApprovers: the direct superior). Rejected or withdrawn, the plan stays as it was;
 * the rep may propose another change.
 */
export const visitPlanChangeFlow = defineApprovalFlow({
  docType: VISIT_PLAN_CHANGE_DOC,
  label: { 'zh-CN': '拜访计划变更', en: 'Visit plan change' },
  chain: visitPlanApprovers,
  // 待办 shows whose plan, the month, the number of lines proposed and why.
  todoFacts: {
    subject: (docId) =>
      sql`select u.display_name from visit_plan_changes c join visit_plans p on p.id = c.plan_id
        join users u on u.id = p.rep_id where c.id::text = ${docId}`,
    detail: (docId) => ({
      'zh-CN': sql`select to_char(p.month_on, 'YYYY-MM') || ' · 变更为 ' || jsonb_array_length(c.proposed_lines)
          || ' 条 · ' || left(c.reason, 60)
        from visit_plan_changes c join visit_plans p on p.id = c.plan_id where c.id::text = ${docId}`,
      en: sql`select to_char(p.month_on, 'YYYY-MM') || ' · ' || jsonb_array_length(c.proposed_lines)
          || ' lines proposed · ' || left(c.reason, 60)
        from visit_plan_changes c join visit_plans p on p.id = c.plan_id where c.id::text = ${docId}`,
    }),
  },
  async describe(db, docId) {
    if (!isUuid(docId)) return null;
    const [row] = await db
      .select({ p: visitPlans, name: users.displayName })
      .from(visitPlanChanges)
      .innerJoin(visitPlans, eq(visitPlans.id, visitPlanChanges.planId))
      .innerJoin(users, eq(users.id, visitPlans.repId))
      .where(eq(visitPlanChanges.id, docId));
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
      .select({ id: visitPlanChanges.id })
      .from(visitPlanChanges)
      .innerJoin(visitPlans, eq(visitPlans.id, visitPlanChanges.planId))
      .where(and(eq(visitPlanChanges.id, docId), visitPlanReadScope(actor)));
    return rows.length > 0;
  },
  link: (docId) => `/visit-plans/changes/${docId}`,
  // Only a change just proposed goes for review: a decided one is never sent round again.
  async onSubmitted(tx, _ctx, req) {
    const change = await changeFor(tx, req.docId);
    if (change.status !== 'pending') throw appError('STATUS_NOT_ALLOWED');
  },
  onApproved: applyChange,
  onRejected: async (tx, ctx, req) =>
    decide(tx, ctx, await changeFor(tx, req.docId), { status: 'rejected', action: 'visitPlanChange.reject' }),
  onWithdrawn: async (tx, ctx, req) =>
    decide(tx, ctx, await changeFor(tx, req.docId), {
      status: 'withdrawn',
      action: 'visitPlanChange.withdraw',
    }),
});
