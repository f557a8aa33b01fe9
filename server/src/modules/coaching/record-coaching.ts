import { eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { appError } from '../../platform/errors.js';
import { indicatorsFor, paceOf, standingOf, thresholdsFor } from '../indicators/index.js';
import { revisePersonalPlan } from '../personal-plans/index.js';
import { closeCoachingDue, openFollowUp } from './due-items.js';
import { getCoaching } from './queries.js';
import type { TCoaching, TCoachingCreate, TCoachingSnapshot } from './schemas.js';
import { coacheeInScope } from './scope.js';
import { coachingRecords } from './tables.js';

/** PLAN-6: the person's figures for the period now, as the record keeps them. */
async function snapshotOf(
  ctx: Ctx,
  person: { id: string; unitId: string },
  period: string,
  at: Date,
  today: string,
): Promise<TCoachingSnapshot> {
  const [row] = await indicatorsFor(ctx.db, {
    subjects: [{ type: 'user', id: person.id }],
    periods: [period],
    at,
  });
  const sales = row!.metrics[row!.salesMetric];
  const pace = paceOf(period, today);
  return {
    salesMetric: row!.salesMetric,
    sales,
    pace,
    ...standingOf(sales.completionPct, pace, await thresholdsFor(ctx.db, at, person.unitId)),
    collectionRatePct: row!.collection.ratePct,
    volume: row!.metrics.volume.actual,
    newCustomers: row!.metrics.new_customers.actual,
  };
}

/**
 * PLAN-6: a superior records the coaching of a person in their coaching:write scope (辅导和调整):
 * findings, agreed actions, a follow-up date — a due item for the coach on that day — and the
 * person's figures at the time. It closes the coaching to-do of the person and period. An
 * adjustment of the plan opens a new draft version of the person's annual or monthly plan
 * (personal plans), linked to this record, to be submitted and approved there. One transaction,
 * audited.
 */
export async function recordCoaching(ctx: Ctx, input: TCoachingCreate): Promise<TCoaching> {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  const person = await coacheeInScope(ctx.db, actor, input.repId);
  const today = localDate(at, await readCompanyTimeZone(ctx.db, at));
  if (input.followUpOn < today) {
    throw appError('VALIDATION_FAILED', {
      followUpOn: { 'zh-CN': '跟进日期不能早于今天', en: 'The follow-up date cannot be before today' },
    });
  }
  // The figures are read before the transaction opens (one connection on PGlite).
  const snapshot = await snapshotOf(ctx, person, input.period, at, today);
  const id = await inTx(ctx, async (tx) => {
    const [record] = await tx
      .insert(coachingRecords)
      .values({
        repId: person.id,
        coachId: actor.id,
        unitId: person.unitId,
        period: input.period,
        snapshot,
        findings: input.findings,
        actions: input.actions,
        followUpOn: input.followUpOn,
        createdAt: at,
        updatedAt: at,
        createdBy: actor.id,
      })
      .returning();
    let adjustmentPlanId: string | null = null;
    if (input.adjustment) {
      const revised = await revisePersonalPlan(tx, ctx, {
        repId: person.id,
        kind: input.adjustment.planPeriod.length === 4 ? 'annual' : 'monthly',
        period: input.adjustment.planPeriod,
        changeReason: input.adjustment.reason,
        coachingId: record!.id,
      });
      adjustmentPlanId = revised.planId;
      await tx.update(coachingRecords).set({ adjustmentPlanId }).where(eq(coachingRecords.id, record!.id));
    }
    await closeCoachingDue(tx, ctx, person.id, input.period);
    await openFollowUp(tx, ctx, {
      recordId: record!.id,
      coachId: actor.id,
      coachUnitId: actor.unitId,
      repName: person.displayName,
      followUpOn: input.followUpOn,
    });
    await audit(tx, ctx, {
      entity: 'coaching_record',
      entityId: record!.id,
      action: 'coaching.record',
      after: { ...record!, adjustmentPlanId },
    });
    return record!.id;
  });
  return getCoaching(ctx.db, actor, id);
}
