import { and, asc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import type { z } from 'zod';
import { scopeCondition } from '../../platform/access/scopes.js';
import { type Ctx, requireActor } from '../../platform/context.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isoOrNull } from '../../platform/schemas.js';
import { customers } from '../customers/index.js';
import { addMonths, companyMonth, dueAtFor, monthOn } from './month.js';
import { plannerCondition } from './planners.js';
import type { TTeamPlanRow, ZTeamPlanQuery, ZTeamPlans } from './schemas.js';
import { visitPlanLines, visitPlans } from './tables.js';

/**
 * VIS-2: the supervisor's view of the team's plans for a month, side by side — every person in
 * the reader's visit_plan:read scope who must plan (planners.ts) or has a plan for the month,
 * with the plan's status, lines, planned hours and customers, and the lines grouped by date. A
 * rep with no plan is listed with none (未提交). Paged by person, in unit then username order.
 */
export async function teamVisitPlans(
  ctx: Ctx,
  q: z.output<typeof ZTeamPlanQuery>,
): Promise<z.infer<typeof ZTeamPlans>> {
  const actor = requireActor(ctx);
  const db = ctx.db;
  const at = ctx.clock.now();
  const { month: current, tz } = await companyMonth(db, at);
  const month = q.month ?? addMonths(current, 1);
  const planOfMonth = and(eq(visitPlans.repId, users.id), eq(visitPlans.monthOn, monthOn(month)));
  const people = or(plannerCondition(users.id, users.status), isNotNull(visitPlans.id));
  const page = await listPage({
    db,
    rows: db
      .select({
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        unitId: users.unitId,
        unitName: units.name,
        plan: visitPlans,
      })
      .from(users)
      .innerJoin(units, eq(units.id, users.unitId))
      .leftJoin(visitPlans, planOfMonth)
      .$dynamic(),
    count: db.select().from(users).leftJoin(visitPlans, planOfMonth).$dynamic(),
    scope: scopeCondition(actor, 'visit_plan:read', { owner: users.id, unit: users.unitId }),
    filters: [people],
    sort: {
      keys: { rep: [{ asc: units.name }, users.username] },
      default: 'rep',
      tieBreaker: users.id,
    },
    query: q,
    toItems: async (rows) => {
      const planIds = rows.flatMap((r) => (r.plan ? [r.plan.id] : []));
      const lines =
        planIds.length === 0
          ? []
          : await db
              .select({ l: visitPlanLines, customerName: customers.name })
              .from(visitPlanLines)
              .innerJoin(customers, eq(customers.id, visitPlanLines.customerId))
              .where(inArray(visitPlanLines.planId, planIds))
              .orderBy(asc(visitPlanLines.plannedOn), asc(visitPlanLines.position), asc(visitPlanLines.id));
      return rows.map((r): TTeamPlanRow => {
        const own = r.plan ? lines.filter((x) => x.l.planId === r.plan!.id) : [];
        const days = new Map<string, TTeamPlanRow['days'][number]['lines']>();
        for (const { l, customerName } of own) {
          const day = days.get(l.plannedOn) ?? [];
          day.push({
            id: l.id,
            customer: { id: l.customerId, name: customerName },
            purpose: l.purpose as TTeamPlanRow['days'][number]['lines'][number]['purpose'],
            plannedMinutes: l.plannedMinutes,
          });
          days.set(l.plannedOn, day);
        }
        return {
          rep: { id: r.id, username: r.username, displayName: r.displayName },
          unit: { id: r.unitId, name: r.unitName },
          plan: r.plan
            ? {
                id: r.plan.id,
                status: r.plan.status,
                lineCount: own.length,
                plannedMinutes: own.reduce((n, x) => n + x.l.plannedMinutes, 0),
                customerCount: new Set(own.map((x) => x.l.customerId)).size,
                submittedAt: isoOrNull(r.plan.submittedAt),
              }
            : null,
          days: [...days].map(([date, dayLines]) => ({ date, lines: dayLines })),
        };
      });
    },
  });
  return { ...page, month, dueAt: iso(await dueAtFor(db, month, actor.unitId, at, tz)) };
}
