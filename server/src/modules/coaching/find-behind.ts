import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { PeopleResolver } from '../../platform/org/resolve-people.js';
import { monthCodeOf } from '../../platform/periods/periods.js';
import { indicatorsFor, measuredPeople, paceOf, standingOf, thresholdsCache } from '../indicators/index.js';
import { moneyMetrics } from '../targets/index.js';
import { COACHING_DUE_KIND, type CoachingNeed, needSubjectId, openCoachingDue } from './due-items.js';

/** Whether the person and period already had a coaching to-do (open or closed) or a coaching record. */
async function alreadyHandled(ctx: Ctx, repId: string, period: string): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(
    ctx.db,
    sql`select 1 as one from due_items d
        where d.kind = ${COACHING_DUE_KIND} and d.subject_id = ${needSubjectId(repId, period)}
        union all
        select 1 from coaching_records c where c.rep_id = ${repId} and c.period = ${period}
        limit 1`,
  );
  return rows.length > 0;
}

/**
 * PLAN-6: the daily check (working days) — everyone measured whose completion of the current
 * month trails the time-elapsed pace by more than plan.behindPct (their unit's) gets a coaching
 * to-do for their direct superior (the nearest active one above), once per person and month:
 * a person already given one, or already coached for the month, is skipped, so running twice
 * opens nothing more. One transaction per item.
 */
export async function openCoachingForBehind(ctx: Ctx): Promise<{ behind: number; opened: number }> {
  const at = ctx.clock.now();
  const today = localDate(at, await readCompanyTimeZone(ctx.db, at));
  const month = monthCodeOf(today);
  const pace = paceOf(month, today);
  const people = await measuredPeople(ctx.db);
  const rows = await indicatorsFor(ctx.db, { subjects: people, periods: [month], at });
  const thresholdsOf = thresholdsCache(ctx.db, at);
  let behind = 0;
  let opened = 0;
  for (const [i, person] of people.entries()) {
    const row = rows[i]!;
    const sales = row.metrics[row.salesMetric];
    const { standing, gapPts } = standingOf(sales.completionPct, pace, await thresholdsOf(person.unit?.id));
    if (standing !== 'behind' || gapPts === null || sales.target === null) continue;
    behind += 1;
    if (await alreadyHandled(ctx, person.id, month)) continue;
    const coach = await new PeopleResolver(ctx.db, { userId: person.id }).nextActiveAbove(0);
    if (!coach) continue;
    const [coachRow] = await queryRows<{ unit_id: string }>(
      ctx.db,
      sql`select unit_id::text as unit_id from users where id = ${coach.id}`,
    );
    const target = BigInt(sales.target);
    const onPace = (target * BigInt(pace.elapsed)) / BigInt(pace.total || 1);
    const short = onPace - BigInt(sales.actual);
    const need: CoachingNeed = {
      repId: person.id,
      repName: person.name,
      period: month,
      completionPct: sales.completionPct!,
      pacePct: pace.pct,
      behindPts: -gapPts,
      shortfallFen: moneyMetrics.includes(row.salesMetric) ? (short > 0n ? short : 0n).toString() : null,
    };
    const done = await inTx(ctx, async (tx) => {
      // One run at a time per person and month, then look again inside the lock.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`coaching:${need.repId}:${month}`}))`);
      const [exists] = await queryRows<{ one: number }>(
        tx,
        sql`select 1 as one from due_items where kind = ${COACHING_DUE_KIND}
            and subject_id = ${needSubjectId(need.repId, month)} limit 1`,
      );
      if (exists) return false;
      await openCoachingDue(tx, ctx, { coachId: coach.id, coachUnitId: coachRow!.unit_id, need });
      return true;
    });
    if (done) opened += 1;
  }
  return { behind, opened };
}
