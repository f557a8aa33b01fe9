import { and, desc, eq } from 'drizzle-orm';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { planPeriodIsOver } from './flow.js';
import { getPersonalPlan } from './queries.js';
import { revisePersonalPlan } from './revise.js';
import type { TPersonalPlan } from './schemas.js';
import { ownPlanForUpdate } from './scope.js';
import { personalPlans } from './tables.js';

/**
 * PLAN-4: the rep changes their approved plan — a new version (revisePersonalPlan: a copy with the
 * reason), edited and approved again; until then the approved version stays in force. Only the
 * latest version, approved, of a period not yet over.
 */
export function reviseOwnPlan(ctx: Ctx, id: string, input: { changeReason: string }): Promise<TPersonalPlan> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const plan = await ownPlanForUpdate(tx, actor, id);
    const [latest] = await tx
      .select({ id: personalPlans.id })
      .from(personalPlans)
      .where(
        and(
          eq(personalPlans.repId, plan.repId),
          eq(personalPlans.kind, plan.kind),
          eq(personalPlans.period, plan.period),
        ),
      )
      .orderBy(desc(personalPlans.version))
      .limit(1);
    if (plan.status !== 'approved' || latest?.id !== plan.id) throw appError('PERSONAL_PLAN_NOT_IN_FORCE');
    if (await planPeriodIsOver(tx, ctx.clock.now(), plan)) throw appError('PERSONAL_PLAN_PERIOD_OVER');
    const revised = await revisePersonalPlan(tx, ctx, {
      repId: plan.repId,
      kind: plan.kind,
      period: plan.period,
      changeReason: input.changeReason,
    });
    return getPersonalPlan(tx, ctx, revised.planId);
  });
}
