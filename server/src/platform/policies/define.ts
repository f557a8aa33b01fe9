import type { z } from 'zod';
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
  | 'text';

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
