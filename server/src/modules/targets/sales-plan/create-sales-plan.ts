import { eq } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { salesPlans } from '../tables.js';
import { getSalesPlan } from './queries.js';
import type { TSalesPlan, TSalesPlanCreate } from './schemas.js';
import { companyUnitId } from './scope.js';
import { checkTargets, metricsInUse, replaceTargets } from './targets.js';

/**
 * PLAN-1: the sales department drafts the company's annual sales plan for a year — its goal,
 * strategy, product mix, market layout (regions, channels, partners) and company targets — as
 * version 1. One plan per year: a second is refused (409; a change is a new version).
 */
export function createSalesPlan(ctx: Ctx, input: TSalesPlanCreate): Promise<TSalesPlan> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const at = ctx.clock.now();
    checkTargets(input.year, await metricsInUse(tx, at, await companyUnitId(tx)), input.targets);
    const [existing] = await tx
      .select({ id: salesPlans.id })
      .from(salesPlans)
      .where(eq(salesPlans.year, input.year))
      .limit(1);
    if (existing) throw appError('SALES_PLAN_EXISTS');
    const { targets, ...sections } = input;
    const [row] = await tx
      .insert(salesPlans)
      .values({ ...sections, version: 1, status: 'draft', createdAt: at, createdBy: actor.id, updatedAt: at })
      .onConflictDoNothing()
      .returning();
    if (!row) throw appError('SALES_PLAN_EXISTS');
    await replaceTargets(tx, row.id, targets);
    await audit(tx, ctx, {
      entity: 'sales_plan',
      entityId: row.id,
      action: 'salesPlan.create',
      after: { ...row, targets },
    });
    return getSalesPlan(tx, ctx, row.id);
  });
}
