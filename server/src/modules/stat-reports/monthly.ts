import { and, eq } from 'drizzle-orm';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { moneyText } from '../../platform/money.js';
import { notify } from '../../platform/notifications/notify.js';
import { monthCodeOf, previousPeriod } from '../../platform/periods/periods.js';
import { monthlyReportEvent, reportLink } from './events.js';
import { reportFigures } from './figures.js';
import { monthlyRecipientsByUnit } from './recipients.js';
import type { TReportFigures } from './schemas.js';
import { storeReport } from './store.js';
import { statReports } from './tables.js';
import { periodWords } from './words.js';

/** The notice's line of headline figures, in both languages. */
function headline(f: TReportFigures) {
  const t = f.total.figures;
  const sales = f.salesBasis === 'signed' ? t.signedAmount : t.collectedAmount;
  return {
    'zh-CN': `销售额 ${moneyText(sales.current)}，销售量 ${t.volume.current}，回款 ${moneyText(t.collectedAmount.current)}，客户拜访 ${t.visits.current} 次，咨询来电 ${t.inquiryCalls.current} 个`,
    en: `Sales ${moneyText(sales.current)}, volume ${t.volume.current}, collected ${moneyText(t.collectedAmount.current)}, ${t.visits.current} visits, ${t.inquiryCalls.current} inquiry calls`,
  };
}

/**
 * OPS-4 (销售助理每一月作一次…统计，交及主管作完分析报告后上报经理): last month's report for every unit
 * someone receives it for (stats.monthlyRecipients), each made once: a unit whose report exists
 * is skipped, so a rerun — or the job's run on a later working day — neither regenerates nor
 * notifies again. Figures are read before the short transaction that stores the report, audits it
 * and notifies its recipients (in-app, and mail per their preferences) with a link to it.
 */
export async function generateMonthlyReports(
  ctx: Ctx,
  tickAt?: Date,
): Promise<{ generated: number; notified: number }> {
  const at = ctx.clock.now();
  const tz = await readCompanyTimeZone(ctx.db, at);
  // The month before the tick's day: a run caught up after downtime reports the month its tick was for.
  const month = previousPeriod(monthCodeOf(localDate(tickAt ?? at, tz)));
  const recipients = await monthlyRecipientsByUnit(ctx.db, at);
  const done = new Set(
    (
      await ctx.db
        .select({ unitId: statReports.unitId })
        .from(statReports)
        .where(and(eq(statReports.kind, 'monthly'), eq(statReports.period, month)))
    ).map((r) => r.unitId),
  );
  let generated = 0;
  let notified = 0;
  const words = periodWords(month);
  for (const [unitId, people] of recipients) {
    if (done.has(unitId)) continue;
    const figures = await reportFigures(ctx.db, { unitId, period: month, at });
    await inTx(ctx, async (tx) => {
      const row = await storeReport(tx, ctx, {
        kind: 'monthly',
        period: month,
        unitId,
        figures,
        requestedBy: null,
      });
      if (!row) return;
      generated += 1;
      const unit = figures.total.name;
      for (const userId of people) {
        await notify(tx, ctx, {
          userId,
          event: monthlyReportEvent.key,
          title: {
            'zh-CN': `${unit} ${words['zh-CN']}统计报表已生成，请阅并作分析`,
            en: `${unit}: the statistics report for ${words.en} is ready to read and analyse`,
          },
          body: headline(figures),
          subjectType: 'stat_report',
          subjectId: row.id,
          link: reportLink(row.id),
        });
        notified += 1;
      }
    });
  }
  return { generated, notified };
}
