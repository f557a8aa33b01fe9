import { and, eq } from 'drizzle-orm';
import { submitForApproval } from '../../platform/approvals/transitions.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { checkLines, linesOf, lineValuesOf } from './lines.js';
import { monthIsOver } from './plan-flow.js';
import { getVisitPlan } from './queries.js';
import type { TPlanLineInput, TVisitPlan } from './schemas.js';
import { ownPlanForUpdate, VISIT_PLAN_CHANGE_DOC } from './scope.js';
import { visitPlanChanges } from './tables.js';

/**
 * VIS-2: an approved plan is amended only by an approved change. The rep proposes the full new
 * set of lines (a kept line names its id) and the reason; the change goes to the plan's
 * approvers at once. One change at a time; the plan's month must not be over.
 */
export function proposeVisitPlanChange(
  ctx: Ctx,
  id: string,
  input: { reason: string; lines: TPlanLineInput[] },
): Promise<TVisitPlan> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const plan = await ownPlanForUpdate(tx, actor, id);
    if (plan.status !== 'approved') throw appError('VISIT_PLAN_NOT_APPROVED');
    const at = ctx.clock.now();
    if (await monthIsOver(tx, at, plan)) throw appError('VISIT_PLAN_MONTH_OVER');
    const [pending] = await tx
      .select({ id: visitPlanChanges.id })
      .from(visitPlanChanges)
      .where(and(eq(visitPlanChanges.planId, plan.id), eq(visitPlanChanges.status, 'pending')));
    if (pending) throw appError('VISIT_PLAN_CHANGE_PENDING');
    const own = new Set((await linesOf(tx, plan.id)).map((l) => l.id));
    const values = await checkLines(tx, ctx, plan, input.lines.map(lineValuesOf), own);
    const [change] = await tx
      .insert(visitPlanChanges)
      .values({
        planId: plan.id,
        reason: input.reason,
        proposedLines: values,
        status: 'pending',
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    await audit(tx, ctx, {
      entity: 'visit_plan_change',
      entityId: change!.id,
      action: 'visitPlanChange.propose',
      after: change,
    });
    await submitForApproval(tx, ctx, { docType: VISIT_PLAN_CHANGE_DOC, docId: change!.id });
    return getVisitPlan(tx, ctx, plan.id);
  });
}
