import { eq } from 'drizzle-orm';
import { assertNotPendingApproval } from '../../platform/approvals/visibility.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { planPeriodIsOver } from './flow.js';
import { checkItems, itemsForAudit, itemValuesOf, replaceItems } from './items.js';
import { getPersonalPlan } from './queries.js';
import type { TPersonalPlan, TPersonalPlanSave } from './schemas.js';
import { ownPlanForUpdate, PERSONAL_PLAN_DOC } from './scope.js';
import { personalPlans } from './tables.js';

/**
 * PLAN-4: the rep saves their draft — how they will reach their targets (approach) and the items:
 * key customers they own, their open opportunities, actions, each with what it should bring. A
 * rejected version being reworked becomes a draft again, to be submitted anew; an approved one
 * changes only through a revision.
 */
export function savePersonalPlan(ctx: Ctx, id: string, input: TPersonalPlanSave): Promise<TPersonalPlan> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const plan = await ownPlanForUpdate(tx, actor, id);
    if (plan.status !== 'draft' && plan.status !== 'rejected') throw appError('PERSONAL_PLAN_NOT_EDITABLE');
    await assertNotPendingApproval(tx, PERSONAL_PLAN_DOC, plan.id);
    const at = ctx.clock.now();
    if (await planPeriodIsOver(tx, at, plan)) throw appError('PERSONAL_PLAN_PERIOD_OVER');
    const values = input.items.map(itemValuesOf);
    await checkItems(tx, plan.repId, values);
    const before = await replaceItems(tx, plan.id, values);
    await tx
      .update(personalPlans)
      .set({ approach: input.approach, status: 'draft', updatedAt: at })
      .where(eq(personalPlans.id, plan.id));
    await audit(tx, ctx, {
      entity: 'personal_plan',
      entityId: plan.id,
      action: 'personalPlan.save',
      before: { status: plan.status, approach: plan.approach, items: itemsForAudit(before) },
      after: { status: 'draft', approach: input.approach, items: itemsForAudit(values) },
    });
    return getPersonalPlan(tx, ctx, plan.id);
  });
}
