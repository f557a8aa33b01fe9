import { and, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { isUuid } from '../../platform/schemas.js';
import { closePlanDueItem, ensurePlanDueItem } from './due-items.js';
import { checkItems, itemRowsOf } from './items.js';
import { companyCalendar, periodIsOver } from './period.js';
import { personalPlanApprovers } from './policies.js';
import { PERSONAL_PLAN_DOC, type PersonalPlanRow, personalPlanReadScope } from './scope.js';
import { hasSubmittedPlan } from './submitted.js';
import { personalPlans } from './tables.js';

async function planFor(tx: DbOrTx, id: string): Promise<PersonalPlanRow> {
  const [plan] = await tx.select().from(personalPlans).where(eq(personalPlans.id, id));
  if (!plan) throw appError('NOT_FOUND');
  return plan;
}

/** The plan's period is over (the company's today is past its last day). */
export async function planPeriodIsOver(db: DbOrTx, at: Date, plan: Pick<PersonalPlanRow, 'period'>) {
  return periodIsOver(plan.period, (await companyCalendar(db, at)).today);
}

/**
 * PLAN-4: whichever route submits it (the plan's submit or the approvals' generic one), only a
 * draft or rejected version of a period not yet over goes for approval — with an approach or at
 * least one item, and its items checked again as they stand (a customer since handed to someone
 * else, an opportunity since won or lost), each problem on its field.
 */
async function assertSubmittable(tx: Tx, ctx: Ctx, plan: PersonalPlanRow): Promise<void> {
  if (plan.status !== 'draft' && plan.status !== 'rejected') throw appError('STATUS_NOT_ALLOWED');
  if (await planPeriodIsOver(tx, ctx.clock.now(), plan)) throw appError('PERSONAL_PLAN_PERIOD_OVER');
  const items = await itemRowsOf(tx, plan.id);
  if (items.length === 0 && plan.approach.trim() === '') throw appError('PERSONAL_PLAN_EMPTY');
  await checkItems(tx, plan.repId, items);
}

/** The version's status moves with its approval; the move is audited with the action the caller names. */
async function setStatus(
  tx: Tx,
  ctx: Ctx,
  plan: PersonalPlanRow,
  change: { status: PersonalPlanRow['status']; action: string },
): Promise<PersonalPlanRow> {
  const at = ctx.clock.now();
  const { status } = change;
  const [after] = await tx
    .update(personalPlans)
    .set({
      status,
      updatedAt: at,
      ...(status === 'submitted' ? { submittedAt: at } : {}),
      ...(status === 'approved' ? { approvedAt: at } : {}),
    })
    .where(eq(personalPlans.id, plan.id))
    .returning();
  await audit(tx, ctx, {
    entity: 'personal_plan',
    entityId: plan.id,
    action: change.action,
    before: { status: plan.status, version: plan.version },
    after: { status, version: plan.version },
  });
  return after!;
}

/**
 * PLAN-4: back from review unapproved (rejected, withdrawn): it must be submitted again — unless
 * an earlier version is approved (a revision turned down leaves that one in force) — so the due
 * item is open again while the period runs.
 */
async function backToRep(
  tx: Tx,
  ctx: Ctx,
  req: ApprovalHookInput,
  change: { status: 'rejected' | 'draft'; action: string },
) {
  const plan = await setStatus(tx, ctx, await planFor(tx, req.docId), change);
  if (await planPeriodIsOver(tx, ctx.clock.now(), plan)) return;
  if (await hasSubmittedPlan(tx, plan.repId, plan.period)) return;
  const reason = change.status === 'draft' ? 'withdrawn' : 'rejected';
  await ensurePlanDueItem(tx, ctx, { id: plan.repId, unitId: plan.unitId }, plan.period, reason);
}

/** PLAN-4: approved, the version is in force and the one approved before it superseded (same transaction). */
async function approve(tx: Tx, ctx: Ctx, req: ApprovalHookInput): Promise<void> {
  const plan = await setStatus(tx, ctx, await planFor(tx, req.docId), {
    status: 'approved',
    action: 'personalPlan.approve',
  });
  const older = await tx
    .select()
    .from(personalPlans)
    .where(
      and(
        eq(personalPlans.repId, plan.repId),
        eq(personalPlans.kind, plan.kind),
        eq(personalPlans.period, plan.period),
        eq(personalPlans.status, 'approved'),
        ne(personalPlans.id, plan.id),
      ),
    );
  for (const old of older) {
    await setStatus(tx, ctx, old, { status: 'superseded', action: 'personalPlan.supersede' });
  }
}

const expectedTotal = (docId: SQL) =>
  sql`'¥' || to_char(coalesce((select sum(i.expected_fen) from personal_plan_items i
      where i.plan_id::text = ${docId}), 0)::numeric / 100, 'FM999,999,999,999,990.00')`;

/**
 * PLAN-4/ORG-3: a rep's annual or monthly plan (and each revision) is approved by the chain of
 * plan.personalPlanApprovers — the direct superior by default (呈主管核定). 待办 shows whose plan,
 * for which period, how many items and what they are expected to bring.
 */
export const personalPlanFlow = defineApprovalFlow({
  docType: PERSONAL_PLAN_DOC,
  label: { 'zh-CN': '个人销售计划', en: 'Personal sales plan' },
  chain: personalPlanApprovers,
  todoFacts: {
    subject: (docId) =>
      sql`select u.display_name from personal_plans p join users u on u.id = p.rep_id where p.id::text = ${docId}`,
    detail: (docId) => ({
      'zh-CN': sql`select p.period || case when p.kind = 'annual' then ' 年度' else ' 月' end
          || '销售计划表 v' || p.version || ' · ' || (select count(*) from personal_plan_items i where i.plan_id = p.id)
          || ' 项 · 预计 ' || ${expectedTotal(docId)}
        from personal_plans p where p.id::text = ${docId}`,
      en: sql`select case when p.kind = 'annual' then 'Annual' else 'Monthly' end || ' plan ' || p.period
          || ' v' || p.version || ' · ' || (select count(*) from personal_plan_items i where i.plan_id = p.id)
          || ' items · expected ' || ${expectedTotal(docId)}
        from personal_plans p where p.id::text = ${docId}`,
    }),
  },
  async describe(db, docId) {
    if (!isUuid(docId)) return null;
    const [row] = await db
      .select({ p: personalPlans, name: users.displayName })
      .from(personalPlans)
      .innerJoin(users, eq(users.id, personalPlans.repId))
      .where(eq(personalPlans.id, docId));
    if (!row) return null;
    return {
      title: `${row.p.period} · v${row.p.version} · ${row.name}`,
      amountFen: null,
      unitId: row.p.unitId,
      ownerId: row.p.repId,
    };
  },
  async canRead(db, actor, docId) {
    if (!isUuid(docId)) return false;
    const rows = await db
      .select({ id: personalPlans.id })
      .from(personalPlans)
      .where(and(eq(personalPlans.id, docId), personalPlanReadScope(actor)));
    return rows.length > 0;
  },
  link: (docId) => `/personal-plans/${docId}`,
  async onSubmitted(tx, ctx, req) {
    const plan = await planFor(tx, req.docId);
    await assertSubmittable(tx, ctx, plan);
    await setStatus(tx, ctx, plan, { status: 'submitted', action: 'personalPlan.submit' });
    await closePlanDueItem(tx, ctx, plan.repId, plan.period);
  },
  onApproved: approve,
  onRejected: (tx, ctx, req) =>
    backToRep(tx, ctx, req, { status: 'rejected', action: 'personalPlan.reject' }),
  onWithdrawn: (tx, ctx, req) =>
    backToRep(tx, ctx, req, { status: 'draft', action: 'personalPlan.withdraw' }),
});
