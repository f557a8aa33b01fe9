import { and, asc, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import { roles } from '../../platform/access/tables.js';
import { type Actor, type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { joinedUserRef } from '../../platform/org/refs.js';
import { units, users } from '../../platform/org/tables.js';
import { allPolicyDefinitions, type ChainChoices, policyDefinition } from '../../platform/policies/define.js';
import { readPolicies } from '../../platform/policies/read.js';
import { policyValues } from '../../platform/policies/tables.js';
import { acknowledgeOverride, setPolicy } from '../../platform/policies/write.js';
import { iso, isoOrNull } from '../../platform/schemas.js';
import { receivesFilings } from './filings.js';
import type {
  TChainChoices,
  TPolicy,
  TPolicyOverride,
  TPolicyRole,
  ZPolicyOverrideSet,
  ZPolicySet,
} from './schemas.js';

const setters = alias(users, 'setters');
const ackers = alias(users, 'ackers');

async function versions(db: DbOrTx, policyIds: string[], overrides: boolean) {
  const rows = await db
    .select({
      id: policyValues.id,
      policyId: policyValues.policyId,
      value: policyValues.value,
      effectiveFrom: policyValues.effectiveFrom,
      setAt: policyValues.setAt,
      note: policyValues.note,
      unitId: units.id,
      unitName: units.name,
      setById: setters.id,
      setByUsername: setters.username,
      setByName: setters.displayName,
      ackAt: policyValues.acknowledgedAt,
      ackId: ackers.id,
      ackUsername: ackers.username,
      ackName: ackers.displayName,
    })
    .from(policyValues)
    .leftJoin(units, eq(units.id, policyValues.unitId))
    .leftJoin(setters, eq(setters.id, policyValues.setBy))
    .leftJoin(ackers, eq(ackers.id, policyValues.acknowledgedBy))
    .where(
      and(
        policyIds.length ? inArray(policyValues.policyId, policyIds) : undefined,
        overrides ? isNotNull(policyValues.unitId) : isNull(policyValues.unitId),
      ),
    )
    .orderBy(desc(policyValues.effectiveFrom), desc(policyValues.setAt));
  return rows.map((r) => ({
    policyId: r.policyId,
    version: {
      value: r.value,
      effectiveFrom: iso(r.effectiveFrom),
      setAt: iso(r.setAt),
      note: r.note,
      setBy: joinedUserRef(r.setById, r.setByUsername, r.setByName),
    },
    override:
      r.unitId && r.unitName
        ? ({
            id: r.id,
            policyId: r.policyId,
            value: r.value,
            effectiveFrom: iso(r.effectiveFrom),
            setAt: iso(r.setAt),
            note: r.note,
            setBy: joinedUserRef(r.setById, r.setByUsername, r.setByName),
            unit: { id: r.unitId, name: r.unitName },
            acknowledgedAt: isoOrNull(r.ackAt),
            acknowledgedBy: joinedUserRef(r.ackId, r.ackUsername, r.ackName),
          } satisfies TPolicyOverride)
        : null,
  }));
}

/** Every policy with its value in force (for a unit, if asked), default, rules, history and regional overrides. */
export async function listPolicies(db: DbOrTx, at: Date, opts: { unitId?: string; onlyId?: string } = {}) {
  const defs = allPolicyDefinitions().filter((d) => !opts.onlyId || d.id === opts.onlyId);
  if (defs.length === 0) return [];
  const ids = defs.map((d) => d.id);
  const [history, overrides, values] = await Promise.all([
    versions(db, ids, false),
    versions(db, ids, true),
    readPolicies(db, defs, at, opts.unitId),
  ]);
  // Approver chains: the thresholds their conditions may name, with the values in force.
  const thresholdDefs = defs
    .flatMap((d) => [
      ...(d.chainChoices?.amountAbove ?? []),
      ...(d.chainChoices?.measures.flatMap((m) => m.policies) ?? []),
    ])
    .flatMap((id) => policyDefinition(id) ?? []);
  const thresholds = await readPolicies(db, thresholdDefs, at, opts.unitId);
  const refs = (ids: string[]) =>
    ids.flatMap((id) => {
      const ref = policyDefinition(id);
      return ref ? [{ id, label: ref.label, value: thresholds.get(id) }] : [];
    });
  const choices = (c: ChainChoices): TChainChoices => ({
    amountAbove: refs(c.amountAbove),
    measures: c.measures.map((m) => ({ key: m.key, label: m.label, policies: refs(m.policies) })),
    flags: c.flags,
  });
  return defs.map((def) => ({
    id: def.id,
    label: def.label,
    description: def.description,
    unit: def.unit,
    ruleIds: def.ruleIds,
    chapter: def.chapter,
    systemOnly: def.systemOnly === true,
    default: def.default,
    value: values.get(def.id),
    history: history.filter((h) => h.policyId === def.id).map((h) => h.version),
    overrides: overrides
      .filter((o) => o.policyId === def.id)
      .flatMap((o) => (o.override ? [o.override] : [])),
    ...(def.chainChoices ? { chainChoices: choices(def.chainChoices) } : {}),
  }));
}

/** The roles an approver chain may name, by code, with their names (for the policy centre). */
export async function policyRoles(db: DbOrTx): Promise<TPolicyRole[]> {
  const rows = await db
    .select({ code: roles.code, nameZh: roles.nameZh, nameEn: roles.nameEn })
    .from(roles)
    .orderBy(asc(roles.code));
  return rows.map((r) => ({ code: r.code, name: { 'zh-CN': r.nameZh, en: r.nameEn } }));
}

async function onePolicy(ctx: Ctx, id: string): Promise<TPolicy> {
  const [policy] = await listPolicies(ctx.db, ctx.clock.now(), { onlyId: id });
  if (!policy) throw appError('POLICY_UNKNOWN');
  return policy;
}

/**
 * ORG-7: business policies are the sales director's (policy:manage); a system-only one (sign-in,
 * sessions, the time zone …) needs policy:system, the administrator's. Regions override business
 * policies only.
 */
function assertMayChange(actor: Actor, id: string) {
  const def = policyDefinition(id);
  if (!def) throw appError('POLICY_UNKNOWN');
  if (def.systemOnly && !actor.permissions['policy:system']) throw appError('FORBIDDEN');
}

export async function changePolicy(
  ctx: Ctx,
  id: string,
  input: z.output<typeof ZPolicySet>,
): Promise<TPolicy> {
  assertMayChange(requireActor(ctx), id);
  await inTx(ctx, (tx) =>
    setPolicy(tx, ctx, {
      id,
      value: input.value,
      ...(input.effectiveFrom ? { effectiveFrom: new Date(input.effectiveFrom) } : {}),
      ...(input.note ? { note: input.note } : {}),
    }),
  );
  return onePolicy(ctx, id);
}

/** ORG-7: a region sets its own value, within the actor's scope for policy:override, filed with HQ. */
export async function overridePolicy(
  ctx: Ctx,
  id: string,
  unitId: string,
  input: z.output<typeof ZPolicyOverrideSet>,
): Promise<TPolicy> {
  const actor = requireActor(ctx);
  assertMayChange(actor, id);
  await inTx(ctx, async (tx) => {
    const [unit] = await tx
      .select({ id: units.id })
      .from(units)
      .where(
        and(
          eq(units.id, unitId),
          scopeCondition(actor, 'policy:override', { owner: units.id, unit: units.id }),
        ),
      );
    if (!unit) throw appError('NOT_FOUND');
    await setPolicy(tx, ctx, {
      id,
      unitId,
      value: input.value,
      note: input.note,
      ...(input.effectiveFrom ? { effectiveFrom: new Date(input.effectiveFrom) } : {}),
    });
  });
  return onePolicy(ctx, id);
}

/** What the actor may do in the policy centre (the server decides; the page shows it). */
export async function policyAbilities(db: DbOrTx, actor: Actor, at: Date) {
  return {
    editBusiness: Boolean(actor.permissions['policy:manage']),
    editSystem: Boolean(actor.permissions['policy:manage'] && actor.permissions['policy:system']),
    acknowledge: await receivesFilings(db, actor.id, at),
  };
}

/** ORG-7: every regional override, listed for HQ; optionally only those not yet acknowledged. */
export async function listOverrides(db: DbOrTx, pendingOnly: boolean): Promise<TPolicyOverride[]> {
  const rows = await versions(db, [], true);
  return rows.flatMap((r) =>
    r.override && (!pendingOnly || !r.override.acknowledgedAt) ? [r.override] : [],
  );
}

/** ORG-7: the HQ sales department (the roles `policy.filingRecipients` names) acknowledges a filing. */
export async function acknowledge(ctx: Ctx, overrideId: string): Promise<TPolicyOverride> {
  const actor = requireActor(ctx);
  await inTx(ctx, async (tx) => {
    if (!(await receivesFilings(tx, actor.id, ctx.clock.now()))) throw appError('FORBIDDEN');
    await acknowledgeOverride(tx, ctx, overrideId);
  });
  const found = (await listOverrides(ctx.db, false)).find((o) => o.id === overrideId);
  if (!found) throw appError('NOT_FOUND');
  return found;
}
