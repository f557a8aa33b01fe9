import { submitForApproval } from '../../platform/approvals/transitions.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { getPersonalPlan } from './queries.js';
import type { TPersonalPlan } from './schemas.js';
import { ownPlanForUpdate, PERSONAL_PLAN_DOC } from './scope.js';

/**
 * PLAN-4: the rep submits the plan to the approvers of plan.personalPlanApprovers (the direct
 * superior by default, 呈主管核定); the checks run in the flow, whichever route submits. A rejected
 * version goes round again as a new round.
 */
export function submitPersonalPlan(ctx: Ctx, id: string): Promise<TPersonalPlan> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const plan = await ownPlanForUpdate(tx, actor, id);
    await submitForApproval(tx, ctx, { docType: PERSONAL_PLAN_DOC, docId: plan.id });
    return getPersonalPlan(tx, ctx, plan.id);
  });
}
