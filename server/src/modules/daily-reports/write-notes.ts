import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { getDailyReport } from './queries.js';
import type { TDailyReport } from './schemas.js';
import { reportScope } from './scope.js';
import { dailyReports } from './tables.js';

/** The actor's own report, locked, if it still takes notes (OPS-2); 404 outside scope. */
async function ownReportForNotes(tx: Tx, ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await tx
    .select()
    .from(dailyReports)
    .where(and(eq(dailyReports.id, id), reportScope(actor, 'daily_report:write')))
    .for('update');
  if (!row) throw appError('NOT_FOUND');
  if (row.userId === null) throw appError('DAILY_REPORT_UNIT_REPORT');
  if (row.userId !== actor.id) throw appError('FORBIDDEN');
  const report = await getDailyReport(tx, actor, id, ctx.clock.now());
  if (!report.canWrite) throw appError('DAILY_REPORT_ARCHIVED');
  return row;
}

/** OPS-2: the rep's notes (备注) on their own report, saved without submitting it. */
export function writeReportNotes(ctx: Ctx, id: string, input: { notes: string }): Promise<TDailyReport> {
  return inTx(ctx, async (tx) => {
    const row = await ownReportForNotes(tx, ctx, id);
    const now = ctx.clock.now();
    await tx.update(dailyReports).set({ notes: input.notes, updatedAt: now }).where(eq(dailyReports.id, id));
    await audit(tx, ctx, {
      entity: 'daily_report',
      entityId: id,
      action: 'dailyReport.notes',
      before: { notes: row.notes },
      after: { notes: input.notes },
    });
    return getDailyReport(tx, requireActor(ctx), id, now);
  });
}

/**
 * OPS-2/OPS-7: the rep submits the report with the notes — it waits for the supervisor's review
 * (`reviewStatus` pending; the review queue lists it). A returned report is submitted again this
 * way, which takes it out of the rep's 待办.
 */
export function submitReport(ctx: Ctx, id: string, input: { notes: string }): Promise<TDailyReport> {
  return inTx(ctx, async (tx) => {
    const row = await ownReportForNotes(tx, ctx, id);
    const now = ctx.clock.now();
    await tx
      .update(dailyReports)
      .set({ notes: input.notes, submittedAt: now, reviewStatus: 'pending', updatedAt: now })
      .where(eq(dailyReports.id, id));
    await audit(tx, ctx, {
      entity: 'daily_report',
      entityId: id,
      action: 'dailyReport.submit',
      before: { notes: row.notes, reviewStatus: row.reviewStatus },
      after: { notes: input.notes, reviewStatus: 'pending' },
    });
    return getDailyReport(tx, requireActor(ctx), id, now);
  });
}
