import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { scopeCondition } from '../../platform/access/scopes.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { getDevPlan } from './dev-plans.js';
import type { TDevPlan, ZDevPlanSave } from './schemas.js';
import { DEV_PLAN_ENTITY } from './scope.js';
import { devPlans } from './tables.js';

/**
 * OPS-8: the superior writes a rep's development plan for a year — goals, and actions with due
 * dates (one plan per person and year; saving again replaces it and it awaits review again).
 * The rep must be in the writer's dev_plan:write scope.
 */
export function saveDevPlan(ctx: Ctx, input: z.output<typeof ZDevPlanSave>): Promise<TDevPlan> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const [person] = await tx
      .select({ id: users.id, unitId: users.unitId })
      .from(users)
      .where(
        and(
          eq(users.id, input.userId),
          eq(users.status, 'active'),
          scopeCondition(actor, 'dev_plan:write', { owner: users.id, unit: users.unitId }),
        ),
      );
    if (!person) {
      throw appError('VALIDATION_FAILED', {
        userId: {
          'zh-CN': '只能为自己管辖范围内的在职人员制定计划',
          en: 'Plans are written only for active people in your scope',
        },
      });
    }
    const at = ctx.clock.now();
    const [before] = await tx
      .select()
      .from(devPlans)
      .where(and(eq(devPlans.userId, person.id), eq(devPlans.year, input.year)))
      .for('update');
    const values = {
      goals: input.goals,
      actions: input.actions,
      status: 'draft' as const,
      reviewComment: null,
      reviewedBy: null,
      reviewedAt: null,
      updatedAt: at,
    };
    const [row] = before
      ? await tx.update(devPlans).set(values).where(eq(devPlans.id, before.id)).returning()
      : await tx
          .insert(devPlans)
          .values({
            ...values,
            userId: person.id,
            unitId: person.unitId,
            year: input.year,
            createdAt: at,
            createdBy: actor.id,
          })
          .returning();
    await audit(tx, ctx, {
      entity: DEV_PLAN_ENTITY,
      entityId: row!.id,
      action: before ? 'devPlan.update' : 'devPlan.create',
      before: before ? { goals: before.goals, actions: before.actions, status: before.status } : undefined,
      after: { goals: row!.goals, actions: row!.actions, status: row!.status },
    });
    return getDevPlan(tx, actor, row!.id);
  });
}
