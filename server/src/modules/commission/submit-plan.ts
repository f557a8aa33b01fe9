import { submitForApproval } from '../../platform/approvals/transitions.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { COMMISSION_PLAN_DOC } from './plan-flow.js';
import { getPlan, planRow } from './plan-queries.js';
import type { TPlanDetail } from './schemas.js';

/** INC-1: the author submits a draft or rejected version to the chain of commission.planApprovers. */
export function submitPlan(ctx: Ctx, id: string): Promise<TPlanDetail> {
  return inTx(ctx, async (tx) => {
    const plan = await planRow(tx, id);
    await submitForApproval(tx, ctx, { docType: COMMISSION_PLAN_DOC, docId: plan.id });
    return getPlan(tx, ctx, plan.id);
  });
}
