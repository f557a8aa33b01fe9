import { eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { checkLines, linesOf, lineValuesOf, replaceLines } from './lines.js';
import { monthIsOver } from './plan-flow.js';
import { getVisitPlan } from './queries.js';
import type { TPlanLineInput, TVisitPlan } from './schemas.js';
import { ownPlanForUpdate } from './scope.js';
import { visitPlans } from './tables.js';

/**
 * VIS-1/VIS-3: the rep saves their draft: the lines sent replace the plan's lines, each checked
 * (date in the month, their own customer, a purpose the policy allows). A rejected plan being
 * revised becomes a draft again, to be submitted anew. An approved plan changes only through an
 * approved change.
 */
export function saveVisitPlanLines(
  ctx: Ctx,
  id: string,
  input: { lines: TPlanLineInput[] },
): Promise<TVisitPlan> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const plan = await ownPlanForUpdate(tx, actor, id);
    if (plan.status !== 'draft' && plan.status !== 'rejected') throw appError('VISIT_PLAN_NOT_EDITABLE');
    const at = ctx.clock.now();
    if (await monthIsOver(tx, at, plan)) throw appError('VISIT_PLAN_MONTH_OVER');
    const own = new Set((await linesOf(tx, plan.id)).map((l) => l.id));
    const values = await checkLines(tx, ctx, plan, input.lines.map(lineValuesOf), own);
    const { before, after } = await replaceLines(tx, ctx, plan.id, values);
    await tx.update(visitPlans).set({ status: 'draft', updatedAt: at }).where(eq(visitPlans.id, plan.id));
    await audit(tx, ctx, {
      entity: 'visit_plan',
      entityId: plan.id,
      action: 'visitPlan.saveLines',
      before: { status: plan.status, lines: before },
      after: { status: 'draft', lines: after },
    });
    return getVisitPlan(tx, ctx, plan.id);
  });
}
