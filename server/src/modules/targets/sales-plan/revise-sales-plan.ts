import { desc, eq } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { salesPlans } from '../tables.js';
import { getSalesPlan } from './queries.js';
import type { TSalesPlan } from './schemas.js';
import { salesPlanFor } from './scope.js';
import { replaceTargets, targetsOf } from './targets.js';

/**
 * PLAN-1: a change after approval is a new version — a copy of the plan in force with its targets
 * and the reason for the change — edited and approved like the first; until it is approved the
 * version before stays in force. One revision at a time.
 */
export function reviseSalesPlan(ctx: Ctx, id: string, input: { changeReason: string }): Promise<TSalesPlan> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const plan = await salesPlanFor(tx, actor, id, true);
    const [latest] = await tx
      .select()
      .from(salesPlans)
      .where(eq(salesPlans.year, plan.year))
      .orderBy(desc(salesPlans.version))
      .limit(1);
    if (plan.status !== 'approved' || latest?.id !== plan.id) throw appError('SALES_PLAN_NOT_IN_FORCE');
    const at = ctx.clock.now();
    const { id: _id, status: _s, submittedAt: _sa, approvedAt: _aa, createdAt: _c, ...copy } = plan;
    const [row] = await tx
      .insert(salesPlans)
      .values({
        ...copy,
        version: plan.version + 1,
        status: 'draft',
        changeReason: input.changeReason,
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    const targets = await targetsOf(tx, plan.id);
    await replaceTargets(tx, row!.id, targets);
    await audit(tx, ctx, {
      entity: 'sales_plan',
      entityId: row!.id,
      action: 'salesPlan.revise',
      before: { id: plan.id, version: plan.version },
      after: { ...row, targets },
    });
    return getSalesPlan(tx, ctx, row!.id);
  });
}
