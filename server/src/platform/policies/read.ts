import { and, desc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type DbOrTx, queryRows } from '../../db/client.js';
import type { PolicyDef } from './define.js';
import { policyValues } from './tables.js';

/**
 * The value of a policy in force at a moment, for a unit (ORG-7) or company-wide.
 * For a unit: the override of the nearest unit up its tree (the unit itself, then its region …)
 * whose effective time has come; else the newest company-wide value; else the default.
 * A record created last month reads last month's rule by passing its own date.
 */
export async function readPolicy<S extends z.ZodType>(
  db: DbOrTx,
  def: PolicyDef<S>,
  at: Date,
  unitId?: string | null,
): Promise<z.infer<S>> {
  let value: unknown;
  if (unitId) {
    const [row] = await queryRows<{ value: unknown }>(
      db,
      sql`with recursive up as (
          select id, parent_id, 0 as depth from units where id = ${unitId}
          union all
          select u.id, u.parent_id, up.depth + 1 from units u join up on u.id = up.parent_id where up.depth < 20
        )
        select pv.value from policy_values pv left join up on up.id = pv.unit_id
        where pv.policy_id = ${def.id} and pv.effective_from <= ${at.toISOString()}
          and (pv.unit_id is null or up.id is not null)
        order by coalesce(up.depth, 1000), pv.effective_from desc, pv.set_at desc
        limit 1`,
    );
    value = row?.value;
  } else {
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
    value = row?.value;
  }
  if (value === undefined) return def.default;
  const parsed = def.schema.safeParse(value);
  return parsed.success ? parsed.data : def.default;
}
