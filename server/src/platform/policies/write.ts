import type { Tx } from '../../db/client.js';
import { audit } from '../audit/audit.js';
import type { Ctx } from '../context.js';
import { appError } from '../errors.js';
import { policyDefinition } from './define.js';
import { readPolicy } from './read.js';
import { policyValues } from './tables.js';

/** Sets a new version of a policy, effective from a time (default now); the old versions stay. */
export async function setPolicy(
  tx: Tx,
  ctx: Ctx,
  input: { id: string; value: unknown; effectiveFrom?: Date; note?: string },
): Promise<void> {
  const def = policyDefinition(input.id);
  if (!def) throw appError('POLICY_UNKNOWN');
  const parsed = def.schema.safeParse(input.value);
  if (!parsed.success) {
    throw appError('VALIDATION_FAILED', {
      value: { 'zh-CN': '取值不符合该参数的格式', en: 'The value does not fit this policy' },
    });
  }
  const at = ctx.clock.now();
  const before = await readPolicy(tx, def, at);
  const [row] = await tx
    .insert(policyValues)
    .values({
      policyId: def.id,
      value: parsed.data,
      effectiveFrom: input.effectiveFrom ?? at,
      setBy: ctx.actor?.id ?? null,
      setAt: at,
      note: input.note ?? null,
    })
    .returning();
  await audit(tx, ctx, {
    entity: 'policy',
    entityId: def.id,
    action: 'policy.set',
    before: { value: before },
    after: row,
  });
}
