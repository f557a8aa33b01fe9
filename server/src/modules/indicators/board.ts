import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { type PeriodCode, period, previousPeriod } from '../../platform/periods/periods.js';
import { indicatorsFor, salesMetricAt } from './indicators.js';
import { currentMonth } from './list-indicators.js';
import type { TBoard, TBoardItem, TBoardQuery } from './schemas.js';
import { paceOf, type Standing, standingOf, thresholdsCache, thresholdsFor } from './standing.js';
import { type NamedSubject, subjectsOf } from './subjects.js';

/** The three periods before a period, oldest first. */
export function trendPeriods(code: PeriodCode): PeriodCode[] {
  const one = previousPeriod(code);
  const two = previousPeriod(one);
  return [previousPeriod(two), two, one];
}

/** PLAN-6: the people (of those asked) the actor may coach: coaching:write over them, never themself. */
async function coachable(ctx: Ctx, actor: Actor, people: NamedSubject[]): Promise<Set<string>> {
  if (!actor.permissions['coaching:write'] || people.length === 0) return new Set();
  const rows = await queryRows<{ id: string }>(
    ctx.db,
    sql`select u.id::text as id from users u
        where u.id in (${sql.join(
          people.map((p) => sql`${p.id}::uuid`),
          sql`, `,
        )}) and u.id <> ${actor.id}
          and ${scopeCondition(actor, 'coaching:write', { owner: sql`u.id`, unit: sql`u.unit_id` })}`,
  );
  return new Set(rows.map((r) => r.id));
}

/**
 * PLAN-6: the completion board — every person in the reader's indicator:read scope with the
 * sales amount's target, actual and completion for the period, where they stand against the
 * time-elapsed pace (plan.aheadPct / plan.behindPct in force for their unit; the header shows the company's), and the
 * completion of the three periods before.
 */
export async function completionBoard(ctx: Ctx, q: TBoardQuery): Promise<TBoard> {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  const code = q.period ?? (await currentMonth(ctx.db, at));
  const today = localDate(at, await readCompanyTimeZone(ctx.db, at));
  const pace = paceOf(code, today);
  const thresholds = await thresholdsFor(ctx.db, at);
  const people = await subjectsOf(ctx.db, actor, 'people');
  const trend = trendPeriods(code);
  const rows = await indicatorsFor(ctx.db, { subjects: people, periods: [...trend, code], at });
  const canCoach = await coachable(ctx, actor, people);
  const thresholdsOf = thresholdsCache(ctx.db, at);
  const all: TBoardItem[] = [];
  for (const [i, person] of people.entries()) {
    const mine = rows.slice(i * 4, i * 4 + 4);
    const now = mine[3]!;
    const sales = now.metrics[now.salesMetric];
    all.push({
      subject: person,
      target: sales.target,
      actual: sales.actual,
      completionPct: sales.completionPct,
      ...standingOf(sales.completionPct, pace, await thresholdsOf(person.unit?.id)),
      trend: mine
        .slice(0, 3)
        .map((r) => ({ period: r.period, completionPct: r.metrics[r.salesMetric].completionPct })),
      canCoach: canCoach.has(person.id),
    });
  }
  const counts: Record<Standing, number> = { ahead: 0, on_track: 0, behind: 0, no_target: 0 };
  for (const item of all) counts[item.standing] += 1;
  const shown = q.standing ? all.filter((item) => item.standing === q.standing) : all;
  const p = period(code);
  return {
    items: shown.slice((q.page - 1) * q.pageSize, q.page * q.pageSize),
    total: shown.length,
    totalCapped: false,
    page: q.page,
    pageSize: q.pageSize,
    period: code,
    from: p.from,
    to: p.to,
    today,
    pace,
    ...thresholds,
    salesMetric: rows[0]?.salesMetric ?? (await salesMetricAt(ctx.db, at)),
    counts,
  };
}
