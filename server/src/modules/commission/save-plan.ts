import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { roles } from '../../platform/access/tables.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { getPlan, planRow } from './plan-queries.js';
import type { TPlanDetail, TPlanWrite } from './schemas.js';
import { commissionPlans } from './tables.js';

async function assertRole(tx: Tx, code: string) {
  const [r] = await tx.select({ id: roles.id }).from(roles).where(eq(roles.code, code));
  if (!r) {
    throw appError('VALIDATION_FAILED', {
      roleCode: { 'zh-CN': `没有角色「${code}」`, en: `No role "${code}"` },
    });
  }
}

const values = (input: TPlanWrite) => ({
  name: input.name,
  method: input.method,
  tiers: input.tiers,
  capFen: input.capFen == null ? null : BigInt(input.capFen),
  categoryRates: input.categoryRates,
  trueUp: input.trueUp,
});

async function nextVersion(tx: Tx, roleCode: string, effectiveFrom: string): Promise<number> {
  const [row] = await tx
    .select({ v: sql<number>`coalesce(max(${commissionPlans.version}), 0)::int` })
    .from(commissionPlans)
    .where(and(eq(commissionPlans.roleCode, roleCode), eq(commissionPlans.effectiveFrom, effectiveFrom)));
  return (row?.v ?? 0) + 1;
}

/**
 * INC-1: a new commission plan as a draft — for a role from a month; a role and month that
 * already has versions gets the next version number (a change of an approved plan).
 */
export function createPlan(ctx: Ctx, input: TPlanWrite): Promise<TPlanDetail> {
  return inTx(ctx, (tx) => insertPlan(tx, ctx, input));
}

async function insertPlan(tx: Tx, ctx: Ctx, input: TPlanWrite): Promise<TPlanDetail> {
  const actor = requireActor(ctx);
  {
    await assertRole(tx, input.roleCode);
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`commission_plan:${input.roleCode}:${input.effectiveFrom}`}))`,
    );
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(commissionPlans)
      .values({
        ...values(input),
        roleCode: input.roleCode,
        effectiveFrom: input.effectiveFrom,
        version: await nextVersion(tx, input.roleCode, input.effectiveFrom),
        createdAt: at,
        updatedAt: at,
        createdBy: actor.id,
      })
      .returning();
    await audit(tx, ctx, {
      entity: 'commission_plan',
      entityId: row!.id,
      action: 'commissionPlan.create',
      after: row,
    });
    return getPlan(tx, ctx, row!.id);
  }
}

/** INC-1: a draft or rejected version changed (an approved one is changed by a new version). */
export function updatePlan(ctx: Ctx, id: string, input: TPlanWrite): Promise<TPlanDetail> {
  requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const before = await planRow(tx, id);
    await tx.execute(sql`select 1 from commission_plans where id = ${before.id} for update`);
    if (before.status !== 'draft' && before.status !== 'rejected')
      throw appError('COMMISSION_PLAN_NOT_DRAFT');
    if (input.roleCode !== before.roleCode || input.effectiveFrom !== before.effectiveFrom) {
      await assertRole(tx, input.roleCode);
    }
    const at = ctx.clock.now();
    const sameLineage = input.roleCode === before.roleCode && input.effectiveFrom === before.effectiveFrom;
    const [after] = await tx
      .update(commissionPlans)
      .set({
        ...values(input),
        roleCode: input.roleCode,
        effectiveFrom: input.effectiveFrom,
        version: sameLineage ? before.version : await nextVersion(tx, input.roleCode, input.effectiveFrom),
        updatedAt: at,
      })
      .where(eq(commissionPlans.id, before.id))
      .returning();
    await audit(tx, ctx, {
      entity: 'commission_plan',
      entityId: id,
      action: 'commissionPlan.update',
      before,
      after,
    });
    return getPlan(tx, ctx, id);
  });
}

/** INC-1: a change of an approved plan starts as a new draft version copying it. */
export function revisePlan(ctx: Ctx, id: string): Promise<TPlanDetail> {
  return inTx(ctx, async (tx) => {
    const p = await planRow(tx, id);
    if (p.status !== 'approved') throw appError('STATUS_NOT_ALLOWED');
    return insertPlan(tx, ctx, {
      name: p.name,
      roleCode: p.roleCode,
      effectiveFrom: p.effectiveFrom,
      method: p.method,
      tiers: p.tiers,
      capFen: p.capFen === null ? null : p.capFen.toString(),
      categoryRates: p.categoryRates,
      trueUp: p.trueUp,
    });
  });
}
