import type { TFunction } from 'i18next';
import type { TChainChoices, TPolicyRole } from '../../api/types';
import { formatYuan, localized } from '../../components/format';

/**
 * An approval flow's chain of approvers as a policy holds it (server: platform/approvals/
 * chain-policy.ts): steps with a rule kind, a role where the kind needs one, and optionally a
 * condition naming a threshold policy, a measure or a flag of the flow.
 */
export type ChainCondition =
  | { amountAbove: string }
  | { measureAbove: { measure: string; policy: string } }
  | { flag: string };

export interface ChainStep {
  kind: ChainKind;
  levels?: number;
  role?: string;
  when?: ChainCondition;
}

export const chainKinds = ['superior', 'levelsUp', 'nearestRole', 'role', 'regionRole'] as const;
export type ChainKind = (typeof chainKinds)[number];

/** Kinds that name a role. */
export const roleKinds: ChainKind[] = ['nearestRole', 'role', 'regionRole'];

export interface ChainContext {
  /** Role codes with their names (from the policy list); else the words the app knows for preset roles. */
  roles?: TPolicyRole[] | undefined;
  /** The flow's condition choices (labels of thresholds, measures and flags). */
  choices?: TChainChoices | undefined;
}

export function isChain(value: unknown): value is ChainStep[] {
  return Array.isArray(value) && value.every((s) => typeof s === 'object' && s !== null && 'kind' in s);
}

/** A role's name in the UI language: the server's name, else the app's word for a preset role, else the code. */
export function roleName(code: string, t: TFunction, lng: string, roles?: TPolicyRole[]): string {
  const role = roles?.find((r) => r.code === code);
  if (role) return localized(role.name, lng);
  return t(`approvals.roles.${code}`, { defaultValue: code });
}

function thresholdText(id: string, t: TFunction, lng: string, ctx: ChainContext): string {
  const ref =
    ctx.choices?.amountAbove.find((p) => p.id === id) ??
    ctx.choices?.measures.flatMap((m) => m.policies).find((p) => p.id === id);
  if (!ref) return id;
  const isFen = ctx.choices?.amountAbove.some((p) => p.id === id) && /^\d+$/.test(String(ref.value));
  const now = isFen ? formatYuan(BigInt(String(ref.value))) : ref.value;
  const label = localized(ref.label, lng);
  return now === undefined || now === null ? label : t('policies.chain.thresholdNow', { label, value: now });
}

/** One condition in words: "amount above 合同：需总监审批的金额 (now ¥500,000.00)". */
export function conditionText(
  when: ChainCondition,
  t: TFunction,
  lng: string,
  ctx: ChainContext = {},
): string {
  if ('amountAbove' in when) {
    return t('policies.chain.when.amountAbove', { policy: thresholdText(when.amountAbove, t, lng, ctx) });
  }
  if ('measureAbove' in when) {
    const m = ctx.choices?.measures.find((x) => x.key === when.measureAbove.measure);
    return t('policies.chain.when.measureAbove', {
      measure: m ? localized(m.label, lng) : when.measureAbove.measure,
      policy: thresholdText(when.measureAbove.policy, t, lng, ctx),
    });
  }
  const f = ctx.choices?.flags.find((x) => x.key === when.flag);
  return t('policies.chain.when.flag', {
    flag: f ? localized(f.label, lng) : t(`approvals.rule.flag.${when.flag}`, { defaultValue: when.flag }),
  });
}

/** One step in words: "Nearest 销售经理 up the chain (only when amount above …)". */
export function stepText(step: ChainStep, t: TFunction, lng: string, ctx: ChainContext = {}): string {
  const who =
    step.kind === 'levelsUp'
      ? t('approvals.rule.levelsUp', { levels: step.levels ?? 1 })
      : step.kind === 'superior'
        ? t('approvals.rule.superior')
        : t(`approvals.rule.${step.kind}`, { role: roleName(step.role ?? '', t, lng, ctx.roles) });
  return step.when ? t('policies.chain.onlyWhen', { who, when: conditionText(step.when, t, lng, ctx) }) : who;
}

/** A chain in one line: "1. 直属上级 → 2. 上级链中最近的销售经理". */
export function chainText(steps: ChainStep[], t: TFunction, lng: string, ctx: ChainContext = {}): string {
  return steps.map((s, i) => `${i + 1}. ${stepText(s, t, lng, ctx)}`).join(' → ');
}
