import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../audit/audit.js';
import type { Ctx } from '../context.js';
import { appError } from '../errors.js';
import { units } from '../org/tables.js';
import { resolveValidationMessage } from '../validation-messages.js';
import { notePolicyChange } from './cache.js';
import { policyDefinition } from './define.js';
import { readPolicy } from './read.js';
import { policyValues } from './tables.js';

/**
 * Sets a new version of a policy, effective from a time (default now); the old versions stay.
 * With a unit it is that region's override (ORG-7), recorded as filed with HQ until HQ
 * acknowledges it.
 */
export async function setPolicy(
  tx: Tx,
  ctx: Ctx,
  input: { id: string; value: unknown; effectiveFrom?: Date; note?: string; unitId?: string },
): Promise<string> {
  const def = policyDefinition(input.id);
  if (!def) throw appError('POLICY_UNKNOWN');
  const parsed = def.schema.safeParse(input.value);
  if (!parsed.success) {
    // A schema with a message of its own (a cron expression …) names the problem; else the general one.
    const own = resolveValidationMessage(parsed.error.issues[0]?.message);
    throw appError('VALIDATION_FAILED', {
      value: own ?? { 'zh-CN': '取值不符合该参数的格式', en: 'The value does not fit this policy' },
    });
  }
  const fields = await def.check?.(tx, parsed.data);
  if (fields) throw appError('VALIDATION_FAILED', fields);
  if (input.unitId) {
    const [unit] = await tx.select({ kind: units.kind }).from(units).where(eq(units.id, input.unitId));
    if (!unit) throw appError('NOT_FOUND');
    if (unit.kind !== 'region') throw appError('POLICY_OVERRIDE_REGION_ONLY');
  }
  const at = ctx.clock.now();
  const before = await readPolicy(tx, def, at, input.unitId);
  const [row] = await tx
    .insert(policyValues)
    .values({
      policyId: def.id,
      unitId: input.unitId ?? null,
      value: parsed.data,
      effectiveFrom: input.effectiveFrom ?? at,
      setBy: ctx.actor?.id ?? null,
      setAt: at,
      note: input.note ?? null,
    })
    .returning();
  if (!row) throw new Error('policy insert failed');
  // The trigger raised the policy epoch: this process uses no older copy from now on (ADR 18).
  await notePolicyChange(tx, ctx.db);
  await audit(tx, ctx, {
    entity: 'policy',
    entityId: def.id,
    action: input.unitId ? 'policy.override' : 'policy.set',
    before: { value: before, unitId: input.unitId ?? null },
    after: row,
  });
  return row.id;
}

/** ORG-7: HQ acknowledges a region's filed override. */
export async function acknowledgeOverride(tx: Tx, ctx: Ctx, overrideId: string): Promise<void> {
  const [before] = await tx.select().from(policyValues).where(eq(policyValues.id, overrideId));
  if (!before?.unitId) throw appError('NOT_FOUND');
  const [after] = await tx
    .update(policyValues)
    .set({ acknowledgedBy: ctx.actor?.id ?? null, acknowledgedAt: ctx.clock.now() })
    .where(eq(policyValues.id, overrideId))
    .returning();
  await audit(tx, ctx, {
    entity: 'policy_override',
    entityId: overrideId,
    action: 'policy.acknowledge',
    before,
    after,
  });
}
