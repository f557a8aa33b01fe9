import type { Ctx } from '../context.js';
import type { Localized } from '../i18n/lang.js';

/** What a job gets when it runs: a system context (no actor) on the business clock. */
export interface JobCtx extends Ctx {
  /** The app instance running it. */
  instance: string;
  /** The scheduled moment this run belongs to (business time). */
  tickAt: Date;
}

export interface JobDef {
  /** `area.verb`, e.g. `deadlines.escalate`. */
  name: string;
  label: Localized;
  /** Business-time seconds between ticks. */
  intervalSeconds: number;
  /** Does the work in its own transactions; returns a short message for the run record. */
  run(ctx: JobCtx): Promise<string | undefined>;
}

const registry = new Map<string, JobDef>();

/** A scheduled job, checked; a module lists it in its manifest and the scheduler runs it. */
export function defineJob(def: JobDef): JobDef {
  if (!Number.isInteger(def.intervalSeconds) || def.intervalSeconds < 1) {
    throw new Error(`job ${def.name}: intervalSeconds must be a whole number ≥ 1`);
  }
  return def;
}

/** Called by the module kernel for each manifest's jobs. */
export function registerJob(def: JobDef): void {
  if (registry.has(def.name)) throw new Error(`job ${def.name} defined twice`);
  registry.set(def.name, def);
}

export function jobDefinition(name: string): JobDef | undefined {
  return registry.get(name);
}

export function allJobs(): JobDef[] {
  return [...registry.values()].sort((a, b) => a.name.localeCompare(b.name));
}
