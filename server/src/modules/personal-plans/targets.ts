import type { DbOrTx } from '../../db/client.js';
import { readPolicy } from '../../platform/policies/read.js';
import { planMetrics, targetKey, targetsInForce } from '../targets/index.js';
import type { PlanPeriod } from './period.js';

/**
 * PLAN-4: a rep's targets for a plan's period, as in force (approved) in the target tree — one per
 * metric of plan.metrics for their unit, null where none is set. Read, never typed into the plan.
 */
export async function repTargets(
  db: DbOrTx,
  rep: { id: string; unitId: string },
  period: PlanPeriod,
  at: Date,
): Promise<{ metric: (typeof planMetrics.default)[number]; value: string | null }[]> {
  const metrics = await readPolicy(db, planMetrics, at, rep.unitId);
  const out = [];
  for (const metric of metrics) {
    const subject = { type: 'user' as const, id: rep.id };
    const found = await targetsInForce(db, { metric, subjects: [subject], periods: [period] });
    const value = found.get(targetKey(subject, period));
    out.push({ metric, value: value === null || value === undefined ? null : value.toString() });
  }
  return out;
}
