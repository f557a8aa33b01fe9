import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { companyMonth, monthOn } from './month.js';
import { getVisitPlan } from './queries.js';
import type { TVisitPlan } from './schemas.js';
import { visitPlans } from './tables.js';

/**
 * VIS-1: a rep starts their plan for a month (this month or a later one) as a draft. One plan
 * per rep and month: a second is refused (409), even when two arrive at once (the unique index).
 */
export function createVisitPlan(ctx: Ctx, input: { month: string }): Promise<TVisitPlan> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const at = ctx.clock.now();
    const { month: current } = await companyMonth(tx, at);
    if (input.month < current) throw appError('VISIT_PLAN_MONTH_PAST');
    const [row] = await tx
      .insert(visitPlans)
      .values({
        repId: actor.id,
        unitId: actor.unitId,
        monthOn: monthOn(input.month),
        status: 'draft',
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw appError('VISIT_PLAN_EXISTS');
    await audit(tx, ctx, { entity: 'visit_plan', entityId: row.id, action: 'visitPlan.create', after: row });
    return getVisitPlan(tx, ctx, row.id);
  });
}
