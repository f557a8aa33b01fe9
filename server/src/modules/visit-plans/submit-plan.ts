import { submitForApproval } from '../../platform/approvals/transitions.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { getVisitPlan } from './queries.js';
import type { TVisitPlan } from './schemas.js';
import { ownPlanForUpdate, VISIT_PLAN_DOC } from './scope.js';

/**
 * VIS-1/VIS-2: the rep submits the plan to their direct superior; the checks (at least one line,
 * lines still valid, month not over) run in the flow, whichever route submits. A rejected plan
 * goes round again as a new round.
 */
export function submitVisitPlan(ctx: Ctx, id: string): Promise<TVisitPlan> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const plan = await ownPlanForUpdate(tx, actor, id);
    await submitForApproval(tx, ctx, { docType: VISIT_PLAN_DOC, docId: plan.id });
    return getVisitPlan(tx, ctx, plan.id);
  });
}
