import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { appError } from '../../platform/errors.js';
import { period } from '../../platform/periods/periods.js';
import { reportFigures } from './figures.js';
import { getStatReport } from './queries.js';
import type { TStatReport, TWeeklyRequest } from './schemas.js';
import { unitForReport } from './scope.js';
import { storeReport } from './store.js';

/**
 * OPS-4 (情况特殊时每周可做一次): a weekly report of a unit, on request by someone who produces the
 * statistics for it (stat_report:generate over the unit; another unit does not exist for them).
 * A week that has begun may be reported — the running week to date; asked again, the report
 * gets today's figures and keeps its analysis.
 */
export async function requestWeeklyReport(ctx: Ctx, input: TWeeklyRequest): Promise<TStatReport> {
  const actor = requireActor(ctx);
  const unit = await unitForReport(ctx.db, actor, input.unitId);
  const at = ctx.clock.now();
  const today = localDate(at, await readCompanyTimeZone(ctx.db, at));
  if (period(input.period).from > today) throw appError('STAT_REPORT_PERIOD_NOT_STARTED');
  const figures = await reportFigures(ctx.db, { unitId: unit.id, period: input.period, at });
  const row = await inTx(ctx, (tx) =>
    storeReport(tx, ctx, {
      kind: 'weekly',
      period: input.period,
      unitId: unit.id,
      figures,
      requestedBy: actor.id,
    }),
  );
  return getStatReport(ctx.db, ctx, row!.id);
}
