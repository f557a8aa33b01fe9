import { eq } from 'drizzle-orm';
import { assertNotPendingApproval } from '../../../platform/approvals/visibility.js';
import { audit } from '../../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { salesPlans } from '../tables.js';
import { getSalesPlan } from './queries.js';
import type { TSalesPlan, TSalesPlanContent } from './schemas.js';
import { companyUnitId, SALES_PLAN_DOC, salesPlanFor } from './scope.js';
import { checkTargets, metricsInUse, replaceTargets } from './targets.js';

/**
 * PLAN-1: a draft (or a rejected version being reworked) is saved whole: its sections and its
 * targets. A rejected version becomes a draft again, to be submitted anew; an approved one
 * changes only as a new version.
 */
export function saveSalesPlan(ctx: Ctx, id: string, input: TSalesPlanContent): Promise<TSalesPlan> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const plan = await salesPlanFor(tx, actor, id, true);
    if (plan.status !== 'draft' && plan.status !== 'rejected') throw appError('SALES_PLAN_NOT_EDITABLE');
    await assertNotPendingApproval(tx, SALES_PLAN_DOC, plan.id);
    const at = ctx.clock.now();
    checkTargets(plan.year, await metricsInUse(tx, at, await companyUnitId(tx)), input.targets);
    const { targets, ...sections } = input;
    const [after] = await tx
      .update(salesPlans)
      .set({ ...sections, status: 'draft', updatedAt: at })
      .where(eq(salesPlans.id, plan.id))
      .returning();
    const before = await replaceTargets(tx, plan.id, targets);
    await audit(tx, ctx, {
      entity: 'sales_plan',
      entityId: plan.id,
      action: 'salesPlan.save',
      before: { ...plan, targets: before },
      after: { ...after, targets },
    });
    return getSalesPlan(tx, ctx, plan.id);
  });
}
