import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { PlanPeriod } from './period.js';
import { personalPlans } from './tables.js';

/** Statuses that count as submitted for PLAN-4 (under review, or approved; a later version may be under way). */
export const SUBMITTED = ['submitted', 'approved'] as const;

/** The rep has a plan for the period under review or approved (a due item for it is done). */
export async function hasSubmittedPlan(db: DbOrTx, repId: string, period: PlanPeriod): Promise<boolean> {
  const rows = await db
    .select({ id: personalPlans.id })
    .from(personalPlans)
    .where(
      and(
        eq(personalPlans.repId, repId),
        eq(personalPlans.period, period),
        inArray(personalPlans.status, [...SUBMITTED]),
      ),
    )
    .limit(1);
  return rows.length > 0;
}
