import type { DbOrTx } from '../../../db/client.js';
import type { Actor } from '../../../platform/context.js';
import type { TVisitCompliance, TVisitComplianceQuery } from './schemas.js';
import { complianceTotals, visitComplianceFor } from './visit-compliance.js';

/**
 * VIS-2/VIS-7 (拜访达成): the month's figures of everyone in the actor's visit:read scope — a rep
 * their own row, a supervisor their reps, a manager their unit tree, the director everyone — with
 * the team's totals.
 */
export async function teamCompliance(
  db: DbOrTx,
  actor: Actor,
  q: TVisitComplianceQuery,
  now: Date,
): Promise<TVisitCompliance> {
  const { month, rows } = await visitComplianceFor(db, { month: q.month, now, reps: { actor } });
  return {
    month: month.month,
    firstDay: month.firstDay,
    lastDay: month.lastDay,
    today: month.today,
    items: rows,
    totals: complianceTotals(rows),
  };
}
