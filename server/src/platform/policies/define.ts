import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import type { Localized } from '../i18n/lang.js';
import { ruleById } from './rules.js';

export type PolicyUnit =
  | 'days'
  | 'hours'
  | 'minutes'
  | 'count'
  /** A number of customers (caps on the customer file). */
  | 'customers'
  /** A day of the month (1–28); 0 means the last day. */
  | 'dayOfMonth'
  | 'fen'
  | 'percent'
  | 'points'
  | 'choice'
  | 'text'
  /** An approval flow's chain of approvers (platform/approvals/chain-policy.ts). */
  | 'approverChain'
  /** A list of role codes (who is told, who acknowledges). */
  | 'roles';

/** What an approver chain's conditions may name: threshold policies, the flow's measures and flags. */
export interface ChainChoices {
  /** Ids of fen threshold policies an `amountAbove` condition may compare the amount with. */
  amountAbove: string[];
  /** Measures the document reports, each with the ids of the number policies it may be compared with. */
  measures: { key: string; label: Localized; policies: string[] }[];
  /** Flags the document may raise. */
  flags: { key: string; label: Localized }[];
}

export interface PolicyDef<S extends z.ZodType = z.ZodType> {
  /** `area.noun`, e.g. `ar.collectionDays`. */
  id: string;
  schema: S;
  default: z.infer<S>;
  unit: PolicyUnit;
  label: Localized;
  description: Localized;
  /** The regulation rules this number serves (REGULATIONS.md IDs). */
  ruleIds: string[];
  /** Chapter of the regulations it belongs to, for grouping in the policy centre. */
  chapter: string;
  /**
   * Checks against the database a value the schema accepted (e.g. role codes that exist);
   * returns a message per field, or null when the value is fine. Run when a value is set.
   */
  check?(db: DbOrTx, value: z.infer<S>): Promise<Record<string, Localized> | null>;
  /** An approver chain's condition choices (unit `approverChain`), for the policy centre's editor. */
  chainChoices?: ChainChoices;
  /**
   * ORG-7: a system setting (sign-in, sessions, lock-out, the time zone, job times) rather than a
   * business rule: only the administrator (`policy:system`) sets it, and regions do not override
   * it. Business policies are set by the sales director (`policy:manage`).
   */
  systemOnly?: boolean;
}

const registry = new Map<string, PolicyDef>();

/**
 * A policy, checked (its default fits its schema, its rules exist); a module lists it in its
 * manifest, and the engine is the only reader of its values.
 */
export function definePolicy<S extends z.ZodType>(def: PolicyDef<S>): PolicyDef<S> {
  def.schema.parse(def.default);
  for (const rule of def.ruleIds)
    if (!ruleById(rule)) throw new Error(`policy ${def.id}: unknown rule ${rule}`);
  return def;
}

/** Called by the module kernel for each manifest's policies. */
export function registerPolicy(def: PolicyDef): void {
  if (registry.has(def.id)) throw new Error(`policy ${def.id} defined twice`);
  registry.set(def.id, def);
}

export function policyDefinition(id: string): PolicyDef | undefined {
  return registry.get(id);
}

export function allPolicyDefinitions(): PolicyDef[] {
  return [...registry.values()].sort((a, b) => a.id.localeCompare(b.id));
}
