import type { Tx } from '../../db/client.js';
import { appError } from '../errors.js';
import { type NoMatchReason, PeopleResolver } from '../org/resolve-people.js';
import { readPolicy } from '../policies/read.js';
import type { DocSummary, StepCondition, StepRule, StepSpec } from './flows.js';

/** Why a step went to the next level up instead of the person its rule names (see NoMatchReason). */
export type EscalationReason = NoMatchReason;

/** The rule as stored on the step: the spec plus what was read at submission. */
export type StoredRule = StepRule & {
  /** For a conditional step: what made it apply (the policy and threshold in force at submission, or the flag). */
  when?: StoredCondition;
  /** Rules of following steps that resolved to the same approver and were merged into this one. */
  merged?: StoredRule[];
  /** On a merged rule only: it escalated before it met the previous step's approver. */
  escalatedReason?: EscalationReason;
};

export type StoredCondition =
  | { amountAbove: { policyId: string; thresholdFen: string } }
  | { measureAbove: { measure: string; policyId: string; threshold: number; value: number } }
  | { flag: string };

/**
 * Whether a conditional step applies to the document at `at`, and what to store about it (null:
 * it does not apply). Thresholds are read for the document's unit (a regional override applies, ORG-7).
 */
async function conditionHolds(
  tx: Tx,
  cond: StepCondition,
  doc: Pick<DocSummary, 'amountFen' | 'measures' | 'flags'>,
  at: Date,
  unitId: string | null,
): Promise<StoredCondition | null> {
  if ('amountAbove' in cond) {
    const threshold = await readPolicy(tx, cond.amountAbove, at, unitId);
    if (doc.amountFen === null || doc.amountFen <= BigInt(threshold)) return null;
    return { amountAbove: { policyId: cond.amountAbove.id, thresholdFen: String(threshold) } };
  }
  if ('measureAbove' in cond) {
    const { measure, policy } = cond.measureAbove;
    const value = doc.measures?.[measure];
    const threshold = await readPolicy(tx, policy, at, unitId);
    if (value === undefined || value <= threshold) return null;
    return { measureAbove: { measure, policyId: policy.id, threshold, value } };
  }
  return doc.flags?.includes(cond.flag) ? { flag: cond.flag } : null;
}

export interface ResolvedStep {
  seq: number;
  rule: StoredRule;
  approverId: string;
  escalatedReason: EscalationReason | null;
}

function baseRule(spec: StepSpec): StepRule {
  switch (spec.kind) {
    case 'superior':
      return { kind: 'superior' };
    case 'levelsUp':
      return { kind: 'levelsUp', levels: spec.levels };
    case 'nearestRole':
    case 'role':
    case 'regionRole':
      return { kind: spec.kind, role: spec.role };
  }
}

/**
 * Resolves the steps of a flow (its chain policy in force at submission) for a submitter and a
 * document, at the submission time. Who each rule names comes from the org resolver
 * (platform/org/resolve-people.ts).
 *
 * - Conditional steps read their threshold policy at `at` for the document's unit (a regional
 *   override applies, ORG-7) and apply when the amount is above it.
 * - Chain-based steps walk up the submitter's superior chain (ORG-3: approvals follow the chain),
 *   or the chain of the person the document names (`chainOf`).
 * - A step whose rule finds nobody ESCALATES to the next active person above the highest
 *   chain level used so far, and keeps the reason; it never passes silently. With nobody
 *   left above, the submission is refused (APPROVAL_NO_APPROVER).
 * - Nobody approves their own submission: the submitter is never in their own chain, and a
 *   fixed role skips the submitter among its holders (escalating if no one else holds it).
 * - Consecutive steps that resolve to the same person are MERGED into one step (the rule of
 *   the later step is kept under `merged`): one person never signs the same request twice
 *   in a row, e.g. a supervisor whose superior is also the nearest sales manager.
 */
export async function resolveSteps(
  tx: Tx,
  steps: StepSpec[],
  submitterId: string,
  doc: Pick<DocSummary, 'amountFen' | 'measures' | 'flags' | 'chainOf'>,
  at: Date,
  /** The document's unit: a regional override of a threshold applies (ORG-7). */
  unitId: string | null,
): Promise<ResolvedStep[]> {
  const people = new PeopleResolver(tx, { userId: doc.chainOf ?? submitterId, unitId });
  const result: ResolvedStep[] = [];
  /** Highest chain depth already used by a step; escalation goes above it. */
  let usedDepth = 0;

  for (const spec of steps) {
    const rule: StoredRule = baseRule(spec);
    if (spec.when) {
      const holds = await conditionHolds(tx, spec.when, doc, at, unitId);
      if (!holds) continue;
      rule.when = holds;
    }

    const found = await people.resolve(rule, { excluding: submitterId });
    let reason: EscalationReason | null = found.reason;
    let approverId = found.userIds[0] ?? null;
    let depth = found.depth;
    // Someone else's chain (`chainOf`) may hold the submitter: they never approve themselves.
    if (approverId === submitterId) {
      approverId = null;
      reason = 'only_holder_is_submitter';
    }
    if (!approverId) {
      let next = await people.nextActiveAbove(Math.max(usedDepth, depth ?? 0));
      while (next && next.id === submitterId) next = await people.nextActiveAbove(next.depth);
      if (!next) throw appError('APPROVAL_NO_APPROVER');
      approverId = next.id;
      depth = next.depth;
    }
    if (depth !== null) usedDepth = Math.max(usedDepth, depth);

    const previous = result.at(-1);
    if (previous && previous.approverId === approverId) {
      const mergedRule: StoredRule = reason ? { ...rule, escalatedReason: reason } : rule;
      previous.rule.merged = [...(previous.rule.merged ?? []), mergedRule];
      continue;
    }
    result.push({ seq: result.length + 1, rule, approverId, escalatedReason: reason });
  }
  return result;
}
