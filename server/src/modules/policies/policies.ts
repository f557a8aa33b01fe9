import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { allPolicyDefinitions, policyDefinition } from '../../platform/policies/define.js';
import { readPolicy } from '../../platform/policies/read.js';
import { policyValues } from '../../platform/policies/tables.js';
import { setPolicy } from '../../platform/policies/write.js';
import { iso } from '../../platform/schemas.js';
import type { TPolicy, ZPolicySet } from './schemas.js';

/** Every policy with its value in force, its default, the rules it serves and its history. */
export async function listPolicies(db: DbOrTx, at: Date, onlyId?: string): Promise<TPolicy[]> {
  const defs = allPolicyDefinitions().filter((d) => !onlyId || d.id === onlyId);
  if (defs.length === 0) return [];
  const history = await db
    .select({
      policyId: policyValues.policyId,
      value: policyValues.value,
      effectiveFrom: policyValues.effectiveFrom,
      setAt: policyValues.setAt,
      note: policyValues.note,
      setById: users.id,
      setByUsername: users.username,
      setByName: users.displayName,
    })
    .from(policyValues)
    .leftJoin(users, eq(users.id, policyValues.setBy))
    .where(
      and(
        inArray(
          policyValues.policyId,
          defs.map((d) => d.id),
        ),
        isNull(policyValues.unitId),
      ),
    )
    .orderBy(asc(policyValues.policyId), desc(policyValues.effectiveFrom));
  const result: TPolicy[] = [];
  for (const def of defs) {
    result.push({
      id: def.id,
      label: def.label,
      description: def.description,
      unit: def.unit,
      ruleIds: def.ruleIds,
      chapter: def.chapter,
      default: def.default,
      value: await readPolicy(db, def, at),
      history: history
        .filter((h) => h.policyId === def.id)
        .map((h) => ({
          value: h.value,
          effectiveFrom: iso(h.effectiveFrom),
          setAt: iso(h.setAt),
          note: h.note,
          setBy: h.setById ? { id: h.setById, username: h.setByUsername!, displayName: h.setByName! } : null,
        })),
    });
  }
  return result;
}

export async function changePolicy(
  ctx: Ctx,
  id: string,
  input: z.output<typeof ZPolicySet>,
): Promise<TPolicy> {
  if (!policyDefinition(id)) throw appError('POLICY_UNKNOWN');
  await inTx(ctx, (tx) =>
    setPolicy(tx, ctx, {
      id,
      value: input.value,
      ...(input.effectiveFrom ? { effectiveFrom: new Date(input.effectiveFrom) } : {}),
      ...(input.note ? { note: input.note } : {}),
    }),
  );
  const [policy] = await listPolicies(ctx.db, ctx.clock.now(), id);
  if (!policy) throw appError('POLICY_UNKNOWN');
  return policy;
}
