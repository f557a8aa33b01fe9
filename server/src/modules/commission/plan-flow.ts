import { and, eq, ne, type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { type PlanRow, planRow } from './plan-queries.js';
import { planApprovers } from './policies.js';
import { commissionPlans } from './tables.js';

export const COMMISSION_PLAN_DOC = 'commission_plan';

async function setStatus(tx: Tx, ctx: Ctx, plan: PlanRow, status: PlanRow['status'], action: string) {
  const at = ctx.clock.now();
  await tx
    .update(commissionPlans)
    .set({
      status,
      updatedAt: at,
      ...(status === 'submitted' ? { submittedAt: at } : {}),
      ...(status === 'approved' ? { approvedAt: at } : {}),
    })
    .where(eq(commissionPlans.id, plan.id));
  await audit(tx, ctx, {
    entity: 'commission_plan',
    entityId: plan.id,
    action,
    before: { status: plan.status, version: plan.version },
    after: { status, version: plan.version },
  });
}

/** INC-1: approved, the version is in force from its month; the version approved before it is superseded. */
async function approve(tx: Tx, ctx: Ctx, req: ApprovalHookInput) {
  const plan = await planRow(tx, req.docId);
  await setStatus(tx, ctx, plan, 'approved', 'commissionPlan.approve');
  const older = await tx
    .select()
    .from(commissionPlans)
    .where(
      and(
        eq(commissionPlans.roleCode, plan.roleCode),
        eq(commissionPlans.effectiveFrom, plan.effectiveFrom),
        eq(commissionPlans.status, 'approved'),
        ne(commissionPlans.id, plan.id),
      ),
    );
  for (const o of older) await setStatus(tx, ctx, o, 'superseded', 'commissionPlan.supersede');
}

const tiersText = (docId: SQL) =>
  sql`(select string_agg((t ->> 'rateBp')::numeric / 100 || '%', ' / ' order by (t ->> 'fromBp')::int)
      from commission_plans p, jsonb_array_elements(p.tiers) t where p.id::text = ${docId})`;

/**
 * INC-1: a commission plan (and each new version) is approved by the chain of
 * commission.planApprovers — the general manager by default. 待办 shows the role, the month and
 * the tiers.
 */
export const commissionPlanFlow = defineApprovalFlow({
  docType: COMMISSION_PLAN_DOC,
  label: { 'zh-CN': '提成方案', en: 'Commission plan' },
  chain: planApprovers,
  todoFacts: {
    subject: (docId) => sql`select p.name from commission_plans p where p.id::text = ${docId}`,
    detail: (docId) => ({
      'zh-CN': sql`select ro.name_zh || ' · ' || p.effective_from || ' 起 · v' || p.version || ' · '
          || case when p.method = 'marginal' then '分段累进' else '全额累进' end || ' ' || ${tiersText(docId)}
        from commission_plans p left join roles ro on ro.code = p.role_code where p.id::text = ${docId}`,
      en: sql`select ro.name_en || ' · from ' || p.effective_from || ' · v' || p.version || ' · '
          || case when p.method = 'marginal' then 'marginal' else 'retroactive' end || ' ' || ${tiersText(docId)}
        from commission_plans p left join roles ro on ro.code = p.role_code where p.id::text = ${docId}`,
    }),
  },
  async describe(db, docId) {
    if (!isUuid(docId)) return null;
    const [p] = await db.select().from(commissionPlans).where(eq(commissionPlans.id, docId));
    if (!p) return null;
    const [u] = await queryRows<{ unit_id: string }>(
      db,
      sql`select unit_id::text as unit_id from users where id = ${p.createdBy}`,
    );
    return {
      title: `${p.name} · ${p.effectiveFrom} · v${p.version}`,
      amountFen: null,
      unitId: u!.unit_id,
      ownerId: p.createdBy!,
    };
  },
  async canRead(_db, actor) {
    return actor.permissions['commission_plan:read'] !== undefined;
  },
  link: (docId) => `/commission/plans/${docId}`,
  async onSubmitted(tx, ctx, req) {
    const plan = await planRow(tx, req.docId);
    if (plan.status !== 'draft' && plan.status !== 'rejected') throw appError('COMMISSION_PLAN_NOT_DRAFT');
    await setStatus(tx, ctx, plan, 'submitted', 'commissionPlan.submit');
  },
  onApproved: approve,
  async onRejected(tx, ctx, req) {
    await setStatus(tx, ctx, await planRow(tx, req.docId), 'rejected', 'commissionPlan.reject');
  },
  async onWithdrawn(tx, ctx, req) {
    await setStatus(tx, ctx, await planRow(tx, req.docId), 'draft', 'commissionPlan.withdraw');
  },
});
