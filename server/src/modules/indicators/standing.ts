import type { DbOrTx } from '../../db/client.js';
import { elapsedShare, type PeriodCode } from '../../platform/periods/periods.js';
import type { PolicyDef } from '../../platform/policies/define.js';
import { readPolicies } from '../../platform/policies/read.js';
import { pctOf } from './pct.js';
import { aheadPct, behindPct } from './policies.js';

/** PLAN-6: where a person stands against the time-elapsed pace. */
export const standings = ['ahead', 'on_track', 'behind', 'no_target'] as const;
export type Standing = (typeof standings)[number];

export interface Pace {
  /** Working days of the period passed (today counted) and in all. */
  elapsed: number;
  total: number;
  /** elapsed ÷ total, percent with one decimal. */
  pct: number;
}

/** PLAN-6: the time-elapsed pace of a period on the company's `today`. */
export function paceOf(code: PeriodCode, today: string): Pace {
  const { elapsed, total } = elapsedShare(code, today);
  return { elapsed, total, pct: pctOf(BigInt(elapsed), BigInt(total)) ?? 0 };
}

export interface Thresholds {
  aheadPct: number;
  behindPct: number;
}

/** PLAN-6: plan.aheadPct and plan.behindPct in force at `at` for a unit (regional overrides apply). */
export async function thresholdsFor(db: DbOrTx, at: Date, unitId?: string | null): Promise<Thresholds> {
  const values = await readPolicies(db, [aheadPct as PolicyDef, behindPct as PolicyDef], at, unitId);
  return { aheadPct: values.get(aheadPct.id) as number, behindPct: values.get(behindPct.id) as number };
}

/** Tenths of a percent, exactly (the figures carry one decimal). */
const tenths = (pct: number) => Math.round(pct * 10);

/**
 * PLAN-6: completion against the pace — more than plan.aheadPct points above it is ahead, more
 * than plan.behindPct points below it is behind, anything between on track; without a target
 * there is nothing to be behind. `gapPts` is completion − pace in points (one decimal).
 */
export function standingOf(
  completionPct: number | null,
  pace: Pace,
  t: Thresholds,
): { standing: Standing; gapPts: number | null } {
  if (completionPct === null) return { standing: 'no_target', gapPts: null };
  const gap = tenths(completionPct) - tenths(pace.pct);
  const standing: Standing =
    gap > t.aheadPct * 10 ? 'ahead' : gap < -t.behindPct * 10 ? 'behind' : 'on_track';
  return { standing, gapPts: gap / 10 };
}

/** Thresholds per unit, each read once (a board or a job run reads many people of few units). */
export function thresholdsCache(
  db: DbOrTx,
  at: Date,
): (unitId: string | null | undefined) => Promise<Thresholds> {
  const cache = new Map<string, Promise<Thresholds>>();
  return (unitId) => {
    const key = unitId ?? '';
    let found = cache.get(key);
    if (!found) {
      found = thresholdsFor(db, at, unitId);
      cache.set(key, found);
    }
    return found;
  };
}
