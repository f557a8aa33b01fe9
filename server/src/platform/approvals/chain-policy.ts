import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { roles } from '../access/tables.js';
import type { Localized } from '../i18n/lang.js';
import { type ChainChoices, definePolicy, type PolicyDef, policyDefinition } from '../policies/define.js';
import type { FenPolicy, NumberPolicy, StepCondition, StepSpec } from './flows.js';

/**
 * Q2C-2 … Q2C-9, AR-1, AR-8, ORG-3: who approves a document is a policy. An approver chain is a
 * list of steps as JSON — a rule kind, a role where the kind needs one, and optionally a
 * condition naming a policy by id — versioned and overridable per region like every policy.
 * The engine reads the chain in force at submission and stores the resolved steps then, so a
 * change affects the next submission and never a pending one.
 */
export type ChainCondition =
  | { amountAbove: string }
  | { measureAbove: { measure: string; policy: string } }
  | { flag: string };

export type ChainStep = (
  | { kind: 'superior' }
  | { kind: 'levelsUp'; levels: number }
  | { kind: 'nearestRole'; role: string }
  | { kind: 'role'; role: string }
  | { kind: 'regionRole'; role: string }
) & { when?: ChainCondition };

export const chainStepKinds = ['superior', 'levelsUp', 'nearestRole', 'role', 'regionRole'] as const;

/** A role code as roles are coded (lower case, digits, underscores). */
const ZRoleCode = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);

function chainSchema(choices: ChainChoices) {
  const measure = (key: string) => choices.measures.find((m) => m.key === key);
  const ZWhen = z
    .union([
      z.strictObject({ amountAbove: z.string() }),
      z.strictObject({ measureAbove: z.strictObject({ measure: z.string(), policy: z.string() }) }),
      z.strictObject({ flag: z.string() }),
    ])
    .refine(
      (w) =>
        'amountAbove' in w
          ? choices.amountAbove.includes(w.amountAbove)
          : 'measureAbove' in w
            ? (measure(w.measureAbove.measure)?.policies.includes(w.measureAbove.policy) ?? false)
            : choices.flags.some((f) => f.key === w.flag),
      { message: 'This flow offers no such condition' },
    );
  const when = ZWhen.optional();
  const ZStep = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('superior'), when }),
    z.strictObject({ kind: z.literal('levelsUp'), levels: z.number().int().min(1).max(10), when }),
    z.strictObject({ kind: z.literal('nearestRole'), role: ZRoleCode, when }),
    z.strictObject({ kind: z.literal('role'), role: ZRoleCode, when }),
    z.strictObject({ kind: z.literal('regionRole'), role: ZRoleCode, when }),
  ]);
  return z.array(ZStep).min(1).max(12) as unknown as z.ZodType<ChainStep[]>;
}

/** Refuses role codes no role has (a message on the value, naming the step). */
async function checkRoles(db: DbOrTx, steps: ChainStep[]): Promise<Record<string, Localized> | null> {
  const codes = [...new Set(steps.flatMap((s) => ('role' in s ? [s.role] : [])))];
  if (codes.length === 0) return null;
  const known = new Set(
    (await db.select({ code: roles.code }).from(roles).where(inArray(roles.code, codes))).map((r) => r.code),
  );
  const bad = steps.flatMap((s, i) =>
    'role' in s && !known.has(s.role) ? [{ step: i + 1, role: s.role }] : [],
  );
  if (bad.length === 0) return null;
  return {
    value: {
      'zh-CN': bad.map((b) => `第 ${b.step} 步：没有角色「${b.role}」`).join('；'),
      en: bad.map((b) => `Step ${b.step}: no role "${b.role}"`).join('; '),
    },
  };
}

export type ApproverChainDef = PolicyDef<z.ZodType<ChainStep[]>>;

/**
 * Defines a flow's approver chain as a policy (unit `approverChain`): the default is the
 * chain the regulations set; conditions may name only the thresholds, measures and flags the
 * flow declares here.
 */
export function defineApproverChain(def: {
  id: string;
  label: Localized;
  description: Localized;
  ruleIds: string[];
  chapter: string;
  default: ChainStep[];
  amountAbove?: FenPolicy[];
  measures?: { key: string; label: Localized; policies: NumberPolicy[] }[];
  flags?: { key: string; label: Localized }[];
}): ApproverChainDef {
  const choices: ChainChoices = {
    amountAbove: (def.amountAbove ?? []).map((p) => p.id),
    measures: (def.measures ?? []).map((m) => ({ ...m, policies: m.policies.map((p) => p.id) })),
    flags: def.flags ?? [],
  };
  return definePolicy({
    id: def.id,
    schema: chainSchema(choices),
    default: def.default,
    unit: 'approverChain',
    label: def.label,
    description: def.description,
    ruleIds: def.ruleIds,
    chapter: def.chapter,
    check: checkRoles,
    chainChoices: choices,
  });
}

function policyOf<T extends PolicyDef>(id: string): T {
  const def = policyDefinition(id);
  if (!def) throw new Error(`approver chain names an unknown policy ${id}`);
  return def as T;
}

function conditionOf(when: ChainCondition): StepCondition {
  if ('amountAbove' in when) return { amountAbove: policyOf<FenPolicy>(when.amountAbove) };
  if ('measureAbove' in when) {
    const { measure, policy } = when.measureAbove;
    return { measureAbove: { measure, policy: policyOf<NumberPolicy>(policy) } };
  }
  return { flag: when.flag };
}

/** The engine's steps for a chain as a policy holds it (conditions' policies looked up by id). */
export function chainSteps(chain: ChainStep[]): StepSpec[] {
  return chain.map(({ when, ...rule }) => ({ ...rule, ...(when ? { when: conditionOf(when) } : {}) }));
}
