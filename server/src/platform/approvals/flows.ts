import type { SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx, Tx } from '../../db/client.js';
import type { Actor, Ctx } from '../context.js';
import type { Localized } from '../i18n/lang.js';
import type { PolicyDef } from '../policies/define.js';
import { readPolicy } from '../policies/read.js';
import { type ApproverChainDef, chainSteps } from './chain-policy.js';

/**
 * How the approver of one step is found. Resolved once, at submission, and stored with the
 * step (approval_steps.rule), so a later change of the org or of a threshold affects new
 * submissions only.
 *
 * ORG-3 (逐级): chain-based kinds walk up the submitter's superior chain; nobody is skipped
 * silently — a step without a match escalates to the next level up and says why.
 */
export type StepRule =
  /** The submitter's direct superior. */
  | { kind: 'superior' }
  /** N levels up the submitter's chain (1 = direct superior). */
  | { kind: 'levelsUp'; levels: number }
  /** The nearest holder of a role up the submitter's chain, e.g. `sales_manager`. */
  | { kind: 'nearestRole'; role: string }
  /** A fixed role anywhere in the company (finance, gm): the first active holder by username. */
  | { kind: 'role'; role: string }
  /** A role in the document's region (the nearest region at or above its unit): the first active holder. */
  | { kind: 'regionRole'; role: string };

/** A fen threshold policy: the schema holds a non-negative integer number of fen. */
export type FenPolicy = PolicyDef<z.ZodNumber>;

/** A number policy compared with one of the document's measures (e.g. a discount in percent). */
export type NumberPolicy = PolicyDef<z.ZodNumber>;

/**
 * When a step applies, decided at submission:
 * - `amountAbove`: the document's amount is above the policy's value (fen);
 * - `measureAbove`: the named measure of the document is above the policy's value (e.g. the
 *   largest discount in percent above the director's threshold, Q2C-2);
 * - `flag`: the document raises the named flag (e.g. over the customer's credit, CUS-9).
 */
export type StepCondition =
  | { amountAbove: FenPolicy }
  | { measureAbove: { measure: string; policy: NumberPolicy } }
  | { flag: string };

export type StepSpec = StepRule & {
  /** The step applies only when its condition holds at submission. */
  when?: StepCondition;
};

/** What the engine needs to know about a document when it is (re)submitted. */
export interface DocSummary {
  title: string;
  amountFen: bigint | null;
  /** The unit the document belongs to (for lists and scope). */
  unitId: string;
  /** Who owns the document: only the owner may submit, withdraw or resubmit it. */
  ownerId: string;
  /**
   * Whose superior chain the chain-based steps walk; default the submitter. A request about
   * someone else's record (e.g. to take over another rep's customer, CUS-1) goes up the
   * chain of that record's owner.
   */
  chainOf?: string;
  /** Named figures conditional steps compare with policies (`measureAbove`). */
  measures?: Record<string, number>;
  /** Named conditions that add steps (`flag`), e.g. `overDiscountLimit`, `creditRisk`. */
  flags?: string[];
}

export interface ApprovalHookInput {
  requestId: string;
  docType: string;
  docId: string;
  round: number;
}

export interface ApprovalFlow {
  docType: string;
  label: Localized;
  /** Who approves: the chain policy in force at submission (ORG-3 … Q2C-9 approvers are policies). */
  chain?: ApproverChainDef;
  /** A chain fixed in code, for a flow with no policy of its own. */
  steps?: StepSpec[];
  /** Reads the document as it is now; null when it does not exist. */
  describe(db: DbOrTx, docId: string): Promise<DocSummary | null>;
  /**
   * Whether the actor may read the document by its own data scope. Submitters, approvers and
   * everyone above them in the chain see the approval history anyway (ORG-3); this adds the
   * people the document's scope admits, and lets the owner see a document never submitted.
   */
  canRead?(db: DbOrTx, actor: Actor, docId: string): Promise<boolean>;
  /** Web path of the document, used in notifications and lists. */
  link?(docId: string): string;
  /**
   * What 待办 shows beside a pending step, as SQL over the document id (text): for whom (the
   * customer) and one more line (the discount, the reason), each a scalar subquery.
   */
  todoFacts?: {
    subject?(docId: SQL): SQL;
    detail?(docId: SQL): { 'zh-CN': SQL; en: SQL };
  };
  onSubmitted?(tx: Tx, ctx: Ctx, req: ApprovalHookInput): Promise<void>;
  /**
   * A step other than the last was approved and the next one is pending (same transaction); a
   * flow may refuse (throw) — e.g. a flagged expense line passing review without its reason —
   * whichever route the approver used (the document's page or 待办).
   */
  onAdvanced?(tx: Tx, ctx: Ctx, req: ApprovalHookInput): Promise<void>;
  onApproved?(tx: Tx, ctx: Ctx, req: ApprovalHookInput): Promise<void>;
  onRejected?(tx: Tx, ctx: Ctx, req: ApprovalHookInput): Promise<void>;
  onWithdrawn?(tx: Tx, ctx: Ctx, req: ApprovalHookInput): Promise<void>;
}

const registry = new Map<string, ApprovalFlow>();

/** A document type's approval flow, checked; its module lists it in the manifest. */
export function defineApprovalFlow(flow: ApprovalFlow): ApprovalFlow {
  if (!flow.chain === !flow.steps) throw new Error(`approval flow ${flow.docType}: a chain policy or steps`);
  if (flow.steps?.length === 0) throw new Error(`approval flow ${flow.docType} has no steps`);
  return flow;
}

/** Called by the module kernel for each manifest's approval flows. */
export function registerApprovalFlow(flow: ApprovalFlow): void {
  if (registry.has(flow.docType)) throw new Error(`approval flow ${flow.docType} defined twice`);
  registry.set(flow.docType, flow);
}

export function approvalFlow(docType: string): ApprovalFlow | undefined {
  return registry.get(docType);
}

export function allApprovalFlows(): ApprovalFlow[] {
  return [...registry.values()];
}

/** Label of a document type; the raw code when no flow is registered (e.g. a retired type). */
export function docTypeLabel(docType: string): Localized {
  return registry.get(docType)?.label ?? { 'zh-CN': docType, en: docType };
}

export function docLink(docType: string, docId: string): string | null {
  return registry.get(docType)?.link?.(docId) ?? null;
}

/** The steps of a flow in force at a moment for a unit: its chain policy's value (ORG-7 overrides apply), else its fixed steps. */
export async function flowSteps(
  db: DbOrTx,
  flow: ApprovalFlow,
  at: Date,
  unitId: string | null,
): Promise<StepSpec[]> {
  if (!flow.chain) return flow.steps ?? [];
  return chainSteps(await readPolicy(db, flow.chain, at, unitId));
}
