import { submitForApproval } from '../../../platform/approvals/transitions.js';
import { type Ctx, inTx, requireActor } from '../../../platform/context.js';
import { getSalesPlan } from './queries.js';
import type { TSalesPlan } from './schemas.js';
import { SALES_PLAN_DOC, salesPlanFor } from './scope.js';

/**
 * PLAN-1/PLAN-2: the drafter submits the version to the approvers of plan.salesPlanApprovers (the
 * GM by default); the checks (a draft or rejected version, every metric with a year target) run in
 * the flow, whichever route submits. A rejected version goes round again as a new round.
 */
export function submitSalesPlan(ctx: Ctx, id: string): Promise<TSalesPlan> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const plan = await salesPlanFor(tx, actor, id, true);
    await submitForApproval(tx, ctx, { docType: SALES_PLAN_DOC, docId: plan.id });
    return getSalesPlan(tx, ctx, plan.id);
  });
}
