import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { addLocalDays, isWorkingDay, type LocalDate, localDate } from '../../platform/deadlines/calendar.js';
import { monthCodeOf, type PeriodCode, previousPeriod } from '../../platform/periods/periods.js';
import { readPolicy } from '../../platform/policies/read.js';
import { indicatorsFor, measuredPeople } from '../indicators/index.js';
import { awardedBefore, awardPoints } from './award.js';
import { type ExtraRule, highSatisfactionPct } from './policies.js';

/** The first working day of the month `day` falls in is `day` itself. */
export function isFirstWorkingDayOfMonth(day: LocalDate): boolean {
  if (!isWorkingDay(day)) return false;
  for (let d = `${day.slice(0, 7)}-01`; d < day; d = addLocalDays(d, 1)) if (isWorkingDay(d)) return false;
  return true;
}

/** The periods a closed month closes: the month, its quarter when it ends one, its year in December. */
export function periodsClosedBy(month: PeriodCode): { period: PeriodCode; rule: ExtraRule }[] {
  const year = month.slice(0, 4);
  const m = Number(month.slice(5, 7));
  const closed: { period: PeriodCode; rule: ExtraRule }[] = [{ period: month, rule: 'month_target_met' }];
  if (m % 3 === 0) closed.push({ period: `${year}-Q${m / 3}`, rule: 'quarter_target_met' });
  if (m === 12) closed.push({ period: year, rule: 'year_target_met' });
  return closed;
}

/**
 * INC-4: at a month's close the extra points the indicators earned are awarded, once each
 * (eventKey `<rule>:<user>:<period>`): the month's — and, when it ends one, the quarter's and the
 * year's — sales target met (actual ≥ the target in force for the sales metric, PLAN-5), and a
 * high customer satisfaction score for the month (points.highSatisfactionPct; skipped while
 * satisfaction has no source). Each award in its own transaction.
 */
export async function awardClosedMonth(
  ctx: Ctx,
  month: PeriodCode,
): Promise<{ checked: number; awarded: number }> {
  const at = ctx.clock.now();
  const people = await measuredPeople(ctx.db);
  const closed = periodsClosedBy(month);
  const rows = await indicatorsFor(ctx.db, {
    subjects: people.map((p) => ({ type: 'user' as const, id: p.id })),
    periods: closed.map((c) => c.period),
    at,
  });
  const highPct = await readPolicy(ctx.db, highSatisfactionPct, at);
  let awarded = 0;
  for (const row of rows) {
    const userId = row.subject.id;
    const awards: Parameters<typeof awardPoints>[2][] = [];
    const sales = row.metrics[row.salesMetric];
    const rule = closed.find((c) => c.period === row.period)!.rule;
    if (sales.target !== null && BigInt(sales.target) > 0n && BigInt(sales.actual) >= BigInt(sales.target))
      awards.push({
        userId,
        rule,
        eventKey: `${rule}:${userId}:${row.period}`,
        memo: {
          period: row.period,
          metric: row.salesMetric,
          actual: sales.actual,
          target: sales.target,
          completionPct: sales.completionPct,
        },
      });
    const s = row.satisfaction;
    if (row.period === month && s.provided && s.pct !== null && s.pct >= highPct)
      awards.push({
        userId,
        rule: 'high_satisfaction',
        eventKey: `high_satisfaction:${userId}:${month}`,
        memo: { period: month, satisfactionPct: s.pct, responses: s.responses, threshold: highPct },
      });
    for (const a of awards) {
      const fresh = await inTx(ctx, async (tx) => {
        if (await awardedBefore(tx, a.eventKey)) return false;
        return (await awardPoints(tx, ctx, a)) !== null;
      });
      if (fresh) awarded += 1;
    }
  }
  return { checked: people.length, awarded };
}

/** INC-4: on the first working day of a month (company calendar), the month before it closes. */
export async function monthToClose(ctx: Ctx, tickAt: Date): Promise<PeriodCode | null> {
  const today = localDate(tickAt, await readCompanyTimeZone(ctx.db, ctx.clock.now()));
  return isFirstWorkingDayOfMonth(today) ? previousPeriod(monthCodeOf(today)) : null;
}
