import { and, eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { getDevPlan } from './dev-plans.js';
import type { TDevPlan } from './schemas.js';
import { DEV_PLAN_ENTITY, devPlanScope } from './scope.js';
import { devPlans } from './tables.js';

/** OPS-8: the superior reviews a rep's development plan with a comment (dev_plan:write scope). */
export function reviewDevPlan(ctx: Ctx, id: string, input: { comment: string }): Promise<TDevPlan> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    if (!isUuid(id)) throw appError('NOT_FOUND');
    const [before] = await tx
      .select()
      .from(devPlans)
      .where(and(eq(devPlans.id, id), devPlanScope(actor, 'dev_plan:write')))
      .for('update');
    if (!before) throw appError('NOT_FOUND');
    const at = ctx.clock.now();
    await tx
      .update(devPlans)
      .set({
        status: 'reviewed',
        reviewComment: input.comment,
        reviewedBy: actor.id,
        reviewedAt: at,
        updatedAt: at,
      })
      .where(eq(devPlans.id, before.id));
    await audit(tx, ctx, {
      entity: DEV_PLAN_ENTITY,
      entityId: before.id,
      action: 'devPlan.review',
      before: { status: before.status },
      after: { status: 'reviewed', comment: input.comment },
    });
    return getDevPlan(tx, actor, before.id);
  });
}
