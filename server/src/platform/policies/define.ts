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

/** Modules declare their policies once; the engine is the only reader of their values. */
export function definePolicy<S extends z.ZodType>(def: PolicyDef<S>): PolicyDef<S> {
  if (registry.has(def.id)) throw new Error(`policy ${def.id} defined twice`);
  def.schema.parse(def.default);
  for (const rule of def.ruleIds)
    if (!ruleById(rule)) throw new Error(`policy ${def.id}: unknown rule ${rule}`);
  registry.set(def.id, def as unknown as PolicyDef);
  return def;
}

export function policyDefinition(id: string): PolicyDef | undefined {
  return registry.get(id);
}

export function allPolicyDefinitions(): PolicyDef[] {
  return [...registry.values()].sort((a, b) => a.id.localeCompare(b.id));
}
