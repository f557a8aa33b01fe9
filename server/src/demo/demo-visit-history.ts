import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { customers } from '../modules/customers/tables.js';
import { visitPlanLines, visitPlans } from '../modules/visit-plans/tables.js';
import { visitCommitments, visitReports, visits } from '../modules/visits/tables.js';
import type { Clock } from '../platform/clock.js';
import { addLocalDays, fromWallTime, localDate, startOfLocalDay } from '../platform/deadlines/calendar.js';
import { companyTimeZone } from '../platform/deadlines/policies.js';
import { users } from '../platform/org/tables.js';
import { readPolicy } from '../platform/policies/read.js';

/** The reps with a visit history, and how their month went (the 拜访达成 chart shows the spread). */
const history: { rep: string; planned: number; missed: number; adHoc: number; lateReports: number }[] = [
  { rep: 'rep01', planned: 6, missed: 1, adHoc: 2, lateReports: 1 },
  { rep: 'rep02', planned: 5, missed: 0, adHoc: 1, lateReports: 0 },
  { rep: 'rep03', planned: 6, missed: 2, adHoc: 0, lateReports: 2 },
  { rep: 'rep04', planned: 5, missed: 1, adHoc: 1, lateReports: 0 },
  { rep: 'rep05', planned: 4, missed: 0, adHoc: 2, lateReports: 1 },
  { rep: 'rep07', planned: 5, missed: 2, adHoc: 1, lateReports: 1 },
  { rep: 'rep08', planned: 4, missed: 1, adHoc: 0, lateReports: 0 },
];
const purposes = ['maintenance', 'collect_payment', 'new_product', 'market_research', 'coverage'] as const;
/** The days of the month visits fall on, in turn. */
const days = [3, 6, 9, 12, 15, 18, 21, 24, 26];
/** Days after the visit its report was due: the default of the report deadline policy (VIS-5). */
const REPORT_DAYS = 2;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * VIS-1 … VIS-7 (demo): last month's visit history of a few reps — the approved monthly plan with
 * its lines, the visits of the plan made or missed, ad hoc visits, reports submitted on time or
 * late, and commitments kept or overdue — relative to the clock, so the compliance page and the
 * calendar have something to show. Needs the demo customers; does nothing without them or when
 * last month already has visits.
 */
export async function loadDemoVisitHistory(db: Db, clock: Clock): Promise<void> {
  const now = clock.now();
  const tz = await readPolicy(db, companyTimeZone, now);
  const today = localDate(now, tz);
  const monthOn = `${addLocalDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7)}-01`;
  const lastDay = addLocalDays(`${today.slice(0, 7)}-01`, -1);
  const [any] = await db
    .select({ id: visits.id })
    .from(visits)
    .where(and(gte(visits.plannedOn, monthOn), lte(visits.plannedOn, lastDay)))
    .limit(1);
  if (any) return;
  const people = await db
    .select({ id: users.id, username: users.username, unitId: users.unitId, superiorId: users.superiorId })
    .from(users)
    .where(
      inArray(
        users.username,
        history.map((h) => h.rep),
      ),
    );
  const at = (day: string, hour: number, minute = 0) => {
    const [year, month, d] = day.split('-').map(Number) as [number, number, number];
    return fromWallTime({ year, month, day: d, hour, minute, second: 0, ms: 0 }, tz);
  };
  const dayOf = (n: number) => `${monthOn.slice(0, 8)}${pad(Math.min(n, Number(lastDay.slice(8))))}`;

  for (const h of history) {
    const rep = people.find((p) => p.username === h.rep);
    if (!rep) continue;
    const theirs = await db
      .select({ id: customers.id })
      .from(customers)
      .where(eq(customers.ownerId, rep.id))
      .orderBy(asc(customers.createdAt), asc(customers.id))
      .limit(4);
    if (theirs.length === 0) continue;
    await db.transaction(async (tx) => {
      const stamp = startOfLocalDay(addLocalDays(monthOn, -5), tz);
      const [plan] = await tx
        .insert(visitPlans)
        .values({
          repId: rep.id,
          unitId: rep.unitId,
          monthOn,
          status: 'approved',
          submittedAt: stamp,
          approvedAt: new Date(stamp.getTime() + 86_400_000),
          createdAt: stamp,
          updatedAt: stamp,
          createdBy: rep.id,
        })
        .onConflictDoNothing()
        .returning({ id: visitPlans.id });
      let lateLeft = h.lateReports;
      const made: { id: string; day: string }[] = [];
      for (let i = 0; i < h.planned + h.adHoc; i++) {
        const fromPlan = i < h.planned;
        const customer = theirs[i % theirs.length]!;
        const day = dayOf(days[i % days.length]! + (fromPlan ? 0 : 1));
        const plannedMinutes = [60, 90, 120][i % 3]!;
        const purpose = purposes[i % purposes.length]!;
        let lineId: string | null = null;
        if (fromPlan && plan) {
          const [line] = await tx
            .insert(visitPlanLines)
            .values({
              planId: plan.id,
              customerId: customer.id,
              purpose,
              plannedOn: day,
              plannedMinutes,
              position: i,
              createdAt: stamp,
              updatedAt: stamp,
            })
            .returning({ id: visitPlanLines.id });
          lineId = line?.id ?? null;
        }
        // The last `missed` visits of the plan were not made: one cancelled, the rest left planned.
        const missed = fromPlan && i >= h.planned - h.missed;
        const checkIn = at(day, i % 2 === 0 ? 10 : 14, 0);
        const spent = plannedMinutes + ((i % 3) - 1) * 15;
        const checkOut = new Date(checkIn.getTime() + spent * 60_000);
        const [visit] = await tx
          .insert(visits)
          .values({
            repId: rep.id,
            unitId: rep.unitId,
            customerId: customer.id,
            planLineId: lineId,
            purpose,
            status: missed ? (i === h.planned - 1 ? 'cancelled' : 'planned') : 'done',
            cancelReason: missed && i === h.planned - 1 ? '客户临时改期' : null,
            plannedOn: day,
            plannedMinutes,
            checkInAt: missed ? null : checkIn,
            checkInLocation: missed ? null : 'ok',
            checkInLat: missed ? null : 31.2304 + i * 0.01,
            checkInLng: missed ? null : 121.4737 + i * 0.01,
            checkInAccuracyM: missed ? null : 25,
            checkOutAt: missed ? null : checkOut,
            checkOutLocation: missed ? null : 'ok',
            checkOutLat: missed ? null : 31.2304 + i * 0.01,
            checkOutLng: missed ? null : 121.4737 + i * 0.01,
            checkOutAccuracyM: missed ? null : 30,
            outcome: missed ? null : '客户对新报价有兴趣，约定下次演示',
            createdAt: stamp,
            updatedAt: missed ? stamp : checkOut,
            createdBy: rep.id,
          })
          .returning({ id: visits.id });
        if (!visit || missed) continue;
        made.push({ id: visit.id, day });
        const dueAt = new Date(startOfLocalDay(addLocalDays(day, REPORT_DAYS + 1), tz).getTime() - 1);
        const late = lateLeft > 0 && i % 2 === 1;
        if (late) lateLeft -= 1;
        const written = late ? at(addLocalDays(day, REPORT_DAYS + 1), 9, 30) : at(addLocalDays(day, 1), 18);
        // A report the clock has not reached yet is still a draft.
        const submittedAt = written.getTime() <= now.getTime() ? written : null;
        const reviewedAt =
          submittedAt && submittedAt.getTime() + 3 * 3_600_000 <= now.getTime()
            ? new Date(submittedAt.getTime() + 3 * 3_600_000)
            : null;
        await tx.insert(visitReports).values({
          visitId: visit.id,
          authorId: rep.id,
          status: reviewedAt ? 'approved' : submittedAt ? 'submitted' : 'draft',
          purposeAchieved: i % 3 === 2 ? 'partly' : 'yes',
          customerSituation: '经营稳定，本季度有新增采购计划',
          customerNeeds: '希望缩短交货周期',
          competitorInfo: '竞品近期降价约 5%',
          commitmentsText: i === 0 ? '一周内寄送样品' : null,
          nextSteps: '下周电话回访',
          dueAt,
          submittedAt,
          reviewerId: reviewedAt ? rep.superiorId : null,
          reviewedAt,
          createdAt: checkOut,
          updatedAt: submittedAt ?? checkOut,
        });
      }
      // Commitments from the first visits: one kept on time, one late, one still open and overdue.
      const outcomes = ['on_time', 'late', 'overdue'] as const;
      for (const [k, v] of made.slice(0, 3).entries()) {
        const outcome = outcomes[k]!;
        const dueAt = at(addLocalDays(v.day, 7), 18);
        const doneAt =
          outcome === 'on_time' ? at(addLocalDays(v.day, 5), 11) : at(addLocalDays(v.day, 9), 11);
        if (doneAt.getTime() > now.getTime() || dueAt.getTime() > now.getTime()) continue;
        await tx.insert(visitCommitments).values({
          visitId: v.id,
          content: ['寄送样品', '提供报价单', '安排技术交流'][k]!,
          ownerId: rep.id,
          dueAt,
          checkMethod: '客户确认',
          status: outcome === 'overdue' ? 'open' : 'confirmed',
          doneAt: outcome === 'overdue' ? null : doneAt,
          confirmedBy: outcome === 'overdue' ? null : rep.superiorId,
          confirmedAt: outcome === 'overdue' ? null : new Date(doneAt.getTime() + 3_600_000),
          createdAt: at(v.day, 18),
          updatedAt: outcome === 'overdue' ? at(v.day, 18) : doneAt,
        });
      }
    });
  }
}
