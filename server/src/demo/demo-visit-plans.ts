import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { customers } from '../modules/customers/index.js';
import { loadModules } from '../modules/index.js';
import { createVisitPlan } from '../modules/visit-plans/create-plan.js';
import { hoursToMinutes } from '../modules/visit-plans/hours.js';
import { addMonths, companyMonth } from '../modules/visit-plans/month.js';
import { saveVisitPlanLines } from '../modules/visit-plans/save-plan-lines.js';
import { submitVisitPlan } from '../modules/visit-plans/submit-plan.js';
import { loadActor } from '../platform/access/actor.js';
import type { Clock } from '../platform/clock.js';
import type { Ctx } from '../platform/context.js';
import { addWorkingDays } from '../platform/deadlines/calendar.js';
import { userIdByUsername } from './load-demo.js';

/** Who plans in the demo, and the shape of their month: purposes and hours per visit, in turn. */
const reps = ['rep01', 'rep02'];
const rhythm = [
  { purpose: 'maintenance', hours: '1.5' },
  { purpose: 'collect_payment', hours: '1' },
  { purpose: 'new_product', hours: '2' },
  { purpose: 'competitor_info', hours: '0.5' },
] as const;
/** Working days apart between two visits of the demo plan. */
const SPACING = 3;

/**
 * VIS-1: next month's plan (relative to the clock) for two demo reps, written and submitted
 * through the same use cases as the UI, so that their supervisor (sup_east1) finds plans to
 * review in 待办 and in the team's plans on a fresh demo. Needs the demo customers.
 */
export async function loadDemoVisitPlans(db: Db, clock: Clock): Promise<void> {
  loadModules();
  const { month } = await companyMonth(db, clock.now());
  const next = addMonths(month, 1);
  for (const username of reps) {
    const repId = await userIdByUsername(db, username);
    const actor = await loadActor(db, repId);
    const ctx: Ctx = { db, clock, actor, requestId: 'demo-load', ip: null, userAgent: null, lang: 'zh-CN' };
    const own = await db
      .select({ id: customers.id })
      .from(customers)
      .where(eq(customers.ownerId, repId))
      .orderBy(asc(customers.name))
      .limit(rhythm.length);
    if (own.length === 0) continue;
    let day = addWorkingDays(`${next}-01`, 0);
    const lines = own.map((c, i) => {
      const line = {
        customerId: c.id,
        purpose: rhythm[i % rhythm.length]!.purpose,
        plannedOn: day,
        // The API's parsed form of planned hours is minutes.
        plannedHours: hoursToMinutes(rhythm[i % rhythm.length]!.hours),
        note: null,
      };
      day = addWorkingDays(day, SPACING);
      return line;
    });
    const plan = await createVisitPlan(ctx, { month: next });
    await saveVisitPlanLines(ctx, plan.id, {
      lines: lines.filter((l) => l.plannedOn.startsWith(next)),
    });
    await submitVisitPlan(ctx, plan.id);
  }
}
