import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.js';
import { appError } from '../errors.js';
import { superiorChainSql } from '../org/tree.js';
import { readPolicy } from '../policies/read.js';
import type { ApprovalFlow, DocSummary, StepCondition, StepRule, StepSpec } from './flows.js';

/** Why a step went to the next level up instead of the person its rule names. */
export type EscalationReason =
  /** Superior / N levels up: there is no active person at that level. */
  | 'no_active_at_level'
  /** Nearest role holder: nobody up the chain holds the role. */
  | 'no_role_holder_up_chain'
  /** Fixed role: no active holder in the company. */
  | 'no_active_role_holder'
  /** Fixed role: the only active holder is the submitter (nobody approves their own submission). */
  | 'only_holder_is_submitter';

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

interface ChainMember {
  id: string;
  depth: number;
  active: boolean;
  roles: string[];
}

/** The submitter's superiors, nearest first, with status and role codes. */
async function chainOf(tx: Tx, userId: string): Promise<ChainMember[]> {
  const rows = await queryRows<{ id: string; depth: number; status: string; roles: string | null }>(
    tx,
    sql`
    select up.id, up.depth, u.status,
      (select string_agg(r.code, ',') from user_roles ur join roles r on r.id = ur.role_id
        where ur.user_id = up.id) as roles
    from ${superiorChainSql(userId)} up join users u on u.id = up.id
    order by up.depth`,
  );
  return rows.map((r) => ({
    id: r.id,
    depth: Number(r.depth),
    active: r.status === 'active',
    roles: r.roles ? r.roles.split(',') : [],
  }));
}

/** Active holders of a role, in a stable order (username). */
async function roleHolders(tx: Tx, role: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select u.id from users u
      join user_roles ur on ur.user_id = u.id
      join roles r on r.id = ur.role_id
      where r.code = ${role} and u.status = 'active'
      order by u.username`,
  );
  return rows.map((r) => r.id);
}

function baseRule(spec: StepSpec): StepRule {
  switch (spec.kind) {
    case 'superior':
      return { kind: 'superior' };
    case 'levelsUp':
      return { kind: 'levelsUp', levels: spec.levels };
    case 'nearestRole':
      return { kind: 'nearestRole', role: spec.role };
    case 'role':
      return { kind: 'role', role: spec.role };
  }
}

/**
 * Resolves the steps of a flow for a submitter and an amount, at the submission time.
 *
 * - Conditional steps read their threshold policy at `at` for the document's unit (a regional
 *   override applies, ORG-7) and apply when the amount is above it.
 * - Chain-based steps walk up the submitter's superior chain (ORG-3: approvals follow the chain).
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
  flow: ApprovalFlow,
  submitterId: string,
  doc: Pick<DocSummary, 'amountFen' | 'measures' | 'flags'>,
  at: Date,
  /** The document's unit: a regional override of a threshold applies (ORG-7). */
  unitId: string | null,
): Promise<ResolvedStep[]> {
  const chain = await chainOf(tx, submitterId);
  const result: ResolvedStep[] = [];
  /** Highest chain depth already used by a step; escalation goes above it. */
  let usedDepth = 0;

  for (const spec of flow.steps) {
    const rule: StoredRule = baseRule(spec);
    if (spec.when) {
      const holds = await conditionHolds(tx, spec.when, doc, at, unitId);
      if (!holds) continue;
      rule.when = holds;
    }

    let approverId: string | null = null;
    let depth: number | null = null;
    let reason: EscalationReason | null = null;

    switch (spec.kind) {
      case 'superior':
      case 'levelsUp': {
        const levels = spec.kind === 'superior' ? 1 : spec.levels;
        const member = chain.find((m) => m.depth === levels);
        if (member?.active) {
          approverId = member.id;
          depth = member.depth;
        } else reason = 'no_active_at_level';
        break;
      }
      case 'nearestRole': {
        const member = chain.find((m) => m.active && m.roles.includes(spec.role));
        if (member) {
          approverId = member.id;
          depth = member.depth;
        } else reason = 'no_role_holder_up_chain';
        break;
      }
      case 'role': {
        const holders = await roleHolders(tx, spec.role);
        const other = holders.find((id) => id !== submitterId);
        if (other) {
          approverId = other;
          depth = chain.find((m) => m.id === other)?.depth ?? null;
        } else reason = holders.length > 0 ? 'only_holder_is_submitter' : 'no_active_role_holder';
        break;
      }
    }

    if (!approverId) {
      const next = chain.find((m) => m.active && m.depth > usedDepth);
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
