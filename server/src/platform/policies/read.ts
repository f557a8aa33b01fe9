import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { currentSnapshot, valueFromSnapshot } from './cache.js';
import type { PolicyDef } from './define.js';

/** The units a value may come from: the unit and those above it (depth 0 = the unit), or none. */
function unitChain(unitId: string | null | undefined): SQL {
  if (!unitId) return sql`select null::uuid as id, null::uuid as parent_id, 0 as depth where false`;
  return sql`select id, parent_id, 0 as depth from units where id = ${unitId}
    union all
    select u.id, u.parent_id, up.depth + 1 from units u join up on u.id = up.parent_id where up.depth < 20`;
}

/**
 * The values of several policies in force at a moment, for a unit (ORG-7) or company-wide,
 * in one query. For a unit: the override of the nearest unit up its tree (the unit itself,
 * then its region …) whose effective time has come; else the newest company-wide value;
 * else the default. A record created last month reads last month's rule by passing its date.
 * Outside a transaction the values come from the process's current copy when there is one
 * (cache.ts, ADR 18) — the same choice, made in memory.
 */
export async function readPolicies(
  db: DbOrTx,
  defs: PolicyDef[],
  at: Date,
  unitId?: string | null,
): Promise<Map<string, unknown>> {
  const values = new Map<string, unknown>(defs.map((d) => [d.id, d.default]));
  if (defs.length === 0) return values;
  const snapshot = await currentSnapshot(db);
  if (snapshot) {
    for (const def of defs) {
      const found = valueFromSnapshot(snapshot, def.id, at, unitId);
      if (!found.found) continue;
      const parsed = def.schema.safeParse(found.value);
      if (parsed.success) values.set(def.id, parsed.data);
    }
    return values;
  }
  const rows = await queryRows<{ policy_id: string; value: unknown }>(
    db,
    sql`with recursive up as (${unitChain(unitId)})
      select distinct on (pv.policy_id) pv.policy_id, pv.value
      from policy_values pv left join up on up.id = pv.unit_id
      where pv.policy_id in (${sql.join(
        defs.map((d) => sql`${d.id}`),
        sql`, `,
      )})
        and pv.effective_from <= ${at.toISOString()}
        and (pv.unit_id is null or up.id is not null)
      order by pv.policy_id, coalesce(up.depth, 1000), pv.effective_from desc, pv.set_at desc`,
  );
  for (const row of rows) {
    const def = defs.find((d) => d.id === row.policy_id);
    const parsed = def?.schema.safeParse(row.value);
    if (parsed?.success) values.set(row.policy_id, parsed.data);
  }
  return values;
}

/** The value of one policy in force at a moment, for a unit or company-wide (see readPolicies). */
export async function readPolicy<S extends z.ZodType>(
  db: DbOrTx,
  def: PolicyDef<S>,
  at: Date,
  unitId?: string | null,
): Promise<z.infer<S>> {
  const values = await readPolicies(db, [def as unknown as PolicyDef], at, unitId);
  return values.get(def.id) as z.infer<S>;
}

/**
 * The company-wide value of a policy in force at a moment as a SQL expression (jsonb), for a
 * statement that must read it in place (a 待办 count in the one badge statement): the newest
 * company-wide version whose time has come, else the default.
 */
export function companyPolicySql(def: PolicyDef, at: Date): SQL {
  return sql`coalesce((select pv.value from policy_values pv
      where pv.policy_id = ${def.id} and pv.unit_id is null and pv.effective_from <= ${at.toISOString()}
      order by pv.effective_from desc, pv.set_at desc limit 1),
    ${JSON.stringify(def.default)}::jsonb)`;
}
