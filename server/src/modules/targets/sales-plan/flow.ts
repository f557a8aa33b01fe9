import { and, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../../db/client.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../../platform/approvals/flows.js';
import { audit } from '../../../platform/audit/audit.js';
import type { Ctx } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { isUuid } from '../../../platform/schemas.js';
import { salesPlanApprovers } from '../policies.js';
import { salesPlans } from '../tables.js';
import { companyUnitId, SALES_PLAN_DOC, type SalesPlanRow, salesPlanReadScope } from './scope.js';
import { metricsInUse, metricsWithoutYearTarget, targetsOf } from './targets.js';

async function planFor(tx: DbOrTx, id: string): Promise<SalesPlanRow> {
  const [plan] = await tx.select().from(salesPlans).where(eq(salesPlans.id, id));
  if (!plan) throw appError('NOT_FOUND');
  return plan;
}

/**
 * PLAN-1: whichever route submits it, only a draft or rejected version goes for approval, and
 * only with a target for the whole year for every metric of plan.metrics.
 */
async function assertSubmittable(tx: Tx, ctx: Ctx, plan: SalesPlanRow): Promise<void> {
  if (plan.status !== 'draft' && plan.status !== 'rejected') throw appError('STATUS_NOT_ALLOWED');
  const metrics = await metricsInUse(tx, ctx.clock.now(), await companyUnitId(tx));
  const missing = metricsWithoutYearTarget(plan.year, metrics, await targetsOf(tx, plan.id));
  if (missing.length > 0) throw appError('SALES_PLAN_TARGETS_MISSING');
}

/** The version's status moves with its approval; the move is audited with the action the caller names. */
async function setStatus(
  tx: Tx,
  ctx: Ctx,
  plan: SalesPlanRow,
  change: { status: SalesPlanRow['status']; action: string },
): Promise<SalesPlanRow> {
  const at = ctx.clock.now();
  const { status } = change;
  const [after] = await tx
    .update(salesPlans)
    .set({
      status,
      updatedAt: at,
      ...(status === 'submitted' ? { submittedAt: at } : {}),
      ...(status === 'approved' ? { approvedAt: at } : {}),
    })
    .where(eq(salesPlans.id, plan.id))
    .returning();
  await audit(tx, ctx, {
    entity: 'sales_plan',
    entityId: plan.id,
    action: change.action,
    before: { status: plan.status, version: plan.version },
    after: { status, version: plan.version },
  });
  return after!;
}

/**
 * PLAN-1: approved, the version is in force — and the version approved before it is superseded,
 * in the same transaction, so a year never has two plans in force (targetsInForce reads the one).
 */
async function approve(tx: Tx, ctx: Ctx, req: ApprovalHookInput): Promise<void> {
  const plan = await setStatus(tx, ctx, await planFor(tx, req.docId), {
    status: 'approved',
    action: 'salesPlan.approve',
  });
  const older = await tx
    .select()
    .from(salesPlans)
    .where(
      and(eq(salesPlans.year, plan.year), eq(salesPlans.status, 'approved'), ne(salesPlans.id, plan.id)),
    );
  for (const old of older) {
    await setStatus(tx, ctx, old, { status: 'superseded', action: 'salesPlan.supersede' });
  }
}

/** 待办: the year's signed and collected targets as money text (¥1,234.00), from the version's rows. */
const targetText = (docId: SQL, metric: string) =>
  sql`coalesce((select '¥' || to_char(t.value::numeric / 100, 'FM999,999,999,999,990.00')
      from sales_plan_targets t join sales_plans p on p.id = t.plan_id
      where p.id::text = ${docId} and t.metric = ${metric} and t.period = p.year::text and t.category = ''), '—')`;

/**
 * PLAN-1/PLAN-2: the annual sales plan and each later version are approved by the chain of the
 * policy plan.salesPlanApprovers (default the GM, 总经理批准). The version's drafter submits it.
 */
export const salesPlanFlow = defineApprovalFlow({
  docType: SALES_PLAN_DOC,
  label: { 'zh-CN': '年度销售计划', en: 'Annual sales plan' },
  chain: salesPlanApprovers,
  todoFacts: {
    subject: (docId) =>
      sql`select p.year::text || ' · v' || p.version from sales_plans p where p.id::text = ${docId}`,
    detail: (docId) => ({
      'zh-CN': sql`select '签约目标 ' || ${targetText(docId, 'signed_amount')} || ' · 回款目标 ' || ${targetText(docId, 'collected_amount')}`,
      en: sql`select 'Signed ' || ${targetText(docId, 'signed_amount')} || ' · collected ' || ${targetText(docId, 'collected_amount')}`,
    }),
  },
  async describe(db, docId) {
    if (!isUuid(docId)) return null;
    const [plan] = await db.select().from(salesPlans).where(eq(salesPlans.id, docId));
    if (!plan) return null;
    const [signed] = (await targetsOf(db, plan.id)).filter(
      (t) => t.metric === 'signed_amount' && t.period === String(plan.year),
    );
    return {
      title: `${plan.year} · v${plan.version}`,
      amountFen: signed ? BigInt(signed.value) : null,
      unitId: await companyUnitId(db),
      ownerId: plan.createdBy ?? '',
    };
  },
  async canRead(db, actor, docId) {
    if (!isUuid(docId)) return false;
    const rows = await db
      .select({ id: salesPlans.id })
      .from(salesPlans)
      .where(and(eq(salesPlans.id, docId), salesPlanReadScope(actor)));
    return rows.length > 0;
  },
  link: (docId) => `/sales-plan?id=${docId}`,
  async onSubmitted(tx, ctx, req) {
    const plan = await planFor(tx, req.docId);
    await assertSubmittable(tx, ctx, plan);
    await setStatus(tx, ctx, plan, { status: 'submitted', action: 'salesPlan.submit' });
  },
  onApproved: approve,
  onRejected: async (tx, ctx, req) => {
    await setStatus(tx, ctx, await planFor(tx, req.docId), {
      status: 'rejected',
      action: 'salesPlan.reject',
    });
  },
  onWithdrawn: async (tx, ctx, req) => {
    await setStatus(tx, ctx, await planFor(tx, req.docId), { status: 'draft', action: 'salesPlan.withdraw' });
  },
});
