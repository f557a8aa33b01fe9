import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { users } from '../../platform/org/tables.js';
import { personalPlanItems, type personalPlanKinds, personalPlans } from './tables.js';

/**
 * PLAN-4/PLAN-6: a new draft version of a rep's annual or monthly plan — the plan's change after
 * approval (e.g. agreed in coaching): a copy of the latest version's approach and items, with the
 * reason and the coaching record it came from; it is edited and submitted for approval like the
 * first. An open draft or submitted version is returned as it is (one revision at a time). In the
 * caller's transaction, audited.
 */
export async function revisePersonalPlan(
  tx: Tx,
  ctx: Ctx,
  input: {
    repId: string;
    kind: (typeof personalPlanKinds)[number];
    period: string;
    changeReason: string;
    coachingId?: string | null;
  },
): Promise<{ planId: string; version: number; created: boolean }> {
  const [latest] = await tx
    .select()
    .from(personalPlans)
    .where(
      and(
        eq(personalPlans.repId, input.repId),
        eq(personalPlans.kind, input.kind),
        eq(personalPlans.period, input.period),
      ),
    )
    .orderBy(desc(personalPlans.version))
    .limit(1);
  if (latest && ['draft', 'submitted', 'rejected'].includes(latest.status)) {
    return { planId: latest.id, version: latest.version, created: false };
  }
  const [rep] = await tx.select({ unitId: users.unitId }).from(users).where(eq(users.id, input.repId));
  if (!rep) throw new Error(`no user ${input.repId}`);
  const at = ctx.clock.now();
  const version = (latest?.version ?? 0) + 1;
  const [plan] = await tx
    .insert(personalPlans)
    .values({
      repId: input.repId,
      unitId: rep.unitId,
      kind: input.kind,
      period: input.period,
      version,
      approach: latest?.approach ?? '',
      changeReason: input.changeReason,
      coachingId: input.coachingId ?? null,
      createdAt: at,
      updatedAt: at,
      createdBy: ctx.actor?.id ?? null,
    })
    .returning();
  if (latest) {
    const items = await tx
      .select()
      .from(personalPlanItems)
      .where(inArray(personalPlanItems.planId, [latest.id]));
    if (items.length > 0) {
      await tx
        .insert(personalPlanItems)
        .values(items.map(({ id: _id, planId: _p, ...item }) => ({ ...item, planId: plan!.id })));
    }
  }
  await audit(tx, ctx, {
    entity: 'personal_plan',
    entityId: plan!.id,
    action: 'personalPlan.revise',
    before: latest ? { version: latest.version, status: latest.status } : null,
    after: {
      version,
      status: 'draft',
      changeReason: input.changeReason,
      coachingId: input.coachingId ?? null,
    },
  });
  return { planId: plan!.id, version, created: true };
}
