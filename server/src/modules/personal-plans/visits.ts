import { and, count, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { visitPlanLines, visitPlans } from '../visit-plans/index.js';

/**
 * PLAN-4 → VIS-1: the visits planned for a monthly plan's month — the rep's 拜访计划表 of that
 * month (visit-plans module): its status, how many visits and planned hours; none: zeros.
 */
export async function plannedVisits(db: DbOrTx, repId: string, month: string) {
  const [row] = await db
    .select({
      id: visitPlans.id,
      status: visitPlans.status,
      lineCount: count(visitPlanLines.id),
      plannedMinutes: sql<string>`coalesce(sum(${visitPlanLines.plannedMinutes}), 0)`,
    })
    .from(visitPlans)
    .leftJoin(visitPlanLines, eq(visitPlanLines.planId, visitPlans.id))
    .where(and(eq(visitPlans.repId, repId), eq(visitPlans.monthOn, `${month}-01`)))
    .groupBy(visitPlans.id);
  return {
    month,
    planId: row?.id ?? null,
    status: row?.status ?? null,
    lineCount: Number(row?.lineCount ?? 0),
    plannedMinutes: Number(row?.plannedMinutes ?? 0),
    link: `/visit-plans?month=${month}`,
  };
}
