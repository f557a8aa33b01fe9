import { and, desc, eq, isNull, lte } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import type { PolicyDef } from './define.js';
import { policyValues } from './tables.js';

/**
 * The value of a policy in force at a moment (by default now): the newest company-wide
 * value whose effective time has come, else the default. A record created last month
 * reads last month's rule by passing its own date.
 */
export async function readPolicy<S extends z.ZodType>(
  db: DbOrTx,
  def: PolicyDef<S>,
  at: Date,
): Promise<z.infer<S>> {
  const [row] = await db
    .select({ value: policyValues.value })
    .from(policyValues)
    .where(
      and(
        eq(policyValues.policyId, def.id),
        isNull(policyValues.unitId),
        lte(policyValues.effectiveFrom, at),
      ),
    )
    .orderBy(desc(policyValues.effectiveFrom), desc(policyValues.setAt))
    .limit(1);
  if (!row) return def.default;
  const parsed = def.schema.safeParse(row.value);
  return parsed.success ? parsed.data : def.default;
}
