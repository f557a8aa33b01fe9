import { and, desc, eq, exists, inArray, or } from 'drizzle-orm';
import type { z } from 'zod';
import { scopeCondition } from '../../platform/access/scopes.js';
import { type Ctx, requireActor } from '../../platform/context.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isoOrNull } from '../../platform/schemas.js';
import { addMonths, companyCalendar, kindOfPeriod } from './period.js';
import { plannerCondition } from './planners.js';
import { dueAtCache, planStats } from './queries.js';
import type { TTeamPlanRow, ZTeamPlanQuery, ZTeamPlans } from './schemas.js';
import { personalPlans } from './tables.js';

/**
 * PLAN-4: the supervisor's view of their people's plans for a period — every person in the
 * reader's personal_plan:read scope who must plan (planners.ts) or has a plan for the period, with
 * the latest version's status; one with no plan submitted is flagged missing (and overdue past its
 * due moment), one first submitted after it late. Paged by person, in unit then username order.
 */
export async function teamPersonalPlans(
  ctx: Ctx,
  q: z.output<typeof ZTeamPlanQuery>,
): Promise<z.infer<typeof ZTeamPlans>> {
  const actor = requireActor(ctx);
  const db = ctx.db;
  const at = ctx.clock.now();
  const cal = await companyCalendar(db, at);
  const period = q.period ?? addMonths(cal.month, 1);
  const hasPlan = exists(
    db
      .select({ id: personalPlans.id })
      .from(personalPlans)
      .where(and(eq(personalPlans.repId, users.id), eq(personalPlans.period, period))),
  );
  const dueAt = dueAtCache(db, at, cal.tz);
  const page = await listPage({
    db,
    rows: db
      .select({
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        unitId: users.unitId,
        unitName: units.name,
      })
      .from(users)
      .innerJoin(units, eq(units.id, users.unitId))
      .$dynamic(),
    count: db.select().from(users).$dynamic(),
    scope: scopeCondition(actor, 'personal_plan:read', { owner: users.id, unit: users.unitId }),
    filters: [or(plannerCondition(users.id, users.status), hasPlan)],
    sort: {
      keys: { rep: [{ asc: units.name }, users.username] },
      default: 'rep',
      tieBreaker: users.id,
    },
    query: q,
    toItems: async (rows) => {
      const ids = rows.map((r) => r.id);
      const plans =
        ids.length === 0
          ? []
          : await db
              .select({
                p: personalPlans,
                ...planStats,
              })
              .from(personalPlans)
              .where(and(inArray(personalPlans.repId, ids), eq(personalPlans.period, period)))
              .orderBy(desc(personalPlans.version));
      const out: TTeamPlanRow[] = [];
      for (const r of rows) {
        const own = plans.filter((x) => x.p.repId === r.id);
        const latest = own[0];
        const due = await dueAt(period, r.unitId);
        const submitted = own.some((x) => x.p.status === 'submitted' || x.p.status === 'approved');
        const firstSubmit = own
          .map((x) => x.p.submittedAt)
          .filter((d): d is Date => d !== null)
          .sort((a, b) => a.getTime() - b.getTime())[0];
        out.push({
          rep: { id: r.id, username: r.username, displayName: r.displayName },
          unit: { id: r.unitId, name: r.unitName },
          plan: latest
            ? {
                id: latest.p.id,
                version: latest.p.version,
                status: latest.p.status,
                itemCount: Number(latest.itemCount),
                expectedTotalFen: String(latest.expectedTotalFen),
                submittedAt: isoOrNull(latest.p.submittedAt),
                approvedAt: isoOrNull(latest.p.approvedAt),
              }
            : null,
          dueAt: iso(due),
          missing: !submitted,
          overdue: !submitted && at >= due,
          late: firstSubmit !== undefined && firstSubmit >= due,
        });
      }
      return out;
    },
  });
  return { ...page, period, kind: kindOfPeriod(period) };
}
