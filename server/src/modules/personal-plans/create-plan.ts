import { and, eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { companyCalendar, currentPeriodOf, kindOfPeriod } from './period.js';
import { getPersonalPlan } from './queries.js';
import type { TPersonalPlan } from './schemas.js';
import { personalPlans } from './tables.js';

/**
 * PLAN-4: a rep starts their personal plan for a period — the year (年度销售计划表) or a month
 * (月销售计划表), this one or a later one — as version 1, a draft. One plan per rep and period: a
 * second is refused (409; a change after approval is a revision), even when two arrive at once.
 */
export function createPersonalPlan(ctx: Ctx, input: { period: string }): Promise<TPersonalPlan> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const at = ctx.clock.now();
    const kind = kindOfPeriod(input.period);
    if (input.period < currentPeriodOf(kind, await companyCalendar(tx, at))) {
      throw appError('PERSONAL_PLAN_PERIOD_PAST');
    }
    const [existing] = await tx
      .select({ id: personalPlans.id })
      .from(personalPlans)
      .where(and(eq(personalPlans.repId, actor.id), eq(personalPlans.period, input.period)))
      .limit(1);
    if (existing) throw appError('PERSONAL_PLAN_EXISTS');
    const [row] = await tx
      .insert(personalPlans)
      .values({
        repId: actor.id,
        unitId: actor.unitId,
        kind,
        period: input.period,
        version: 1,
        status: 'draft',
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw appError('PERSONAL_PLAN_EXISTS');
    await audit(tx, ctx, {
      entity: 'personal_plan',
      entityId: row.id,
      action: 'personalPlan.create',
      after: row,
    });
    return getPersonalPlan(tx, ctx, row.id);
  });
}
