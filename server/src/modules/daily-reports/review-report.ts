import { and, eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { notify } from '../../platform/notifications/notify.js';
import { isUuid } from '../../platform/schemas.js';
import { reportLink, reportReturnedEvent } from './events.js';
import { getDailyReport } from './queries.js';
import type { TDailyReport } from './schemas.js';
import { reportScope } from './scope.js';
import { dailyReports } from './tables.js';

/**
 * OPS-7 on OPS-2: the supervisor reviews a submitted report of someone in their scope
 * (daily_report:review; outside it 404): approved, or returned with a comment — the rep is told
 * and the report sits in their 待办 until they add notes and submit it again.
 */
export function reviewReport(
  ctx: Ctx,
  id: string,
  input: { verdict: 'approved' | 'returned'; comment: string },
): Promise<TDailyReport> {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw appError('NOT_FOUND');
  return inTx(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(dailyReports)
      .where(and(eq(dailyReports.id, id), reportScope(actor, 'daily_report:review')))
      .for('update');
    if (!row) throw appError('NOT_FOUND');
    if (row.userId === null) throw appError('DAILY_REPORT_UNIT_REPORT');
    if (row.userId === actor.id) throw appError('FORBIDDEN');
    if (row.reviewStatus !== 'pending') throw appError('DAILY_REPORT_NOT_SUBMITTED');
    const now = ctx.clock.now();
    const comment = input.comment === '' ? null : input.comment;
    await tx
      .update(dailyReports)
      .set({
        reviewStatus: input.verdict,
        reviewComment: comment,
        reviewedBy: actor.id,
        reviewedAt: now,
        updatedAt: now,
      })
      .where(eq(dailyReports.id, id));
    await audit(tx, ctx, {
      entity: 'daily_report',
      entityId: id,
      action: input.verdict === 'approved' ? 'dailyReport.approve' : 'dailyReport.return',
      before: { reviewStatus: row.reviewStatus },
      after: { reviewStatus: input.verdict, comment },
    });
    if (input.verdict === 'returned') {
      await notify(tx, ctx, {
        userId: row.userId,
        event: reportReturnedEvent.key,
        title: {
          'zh-CN': `${actor.displayName} 退回了您 ${row.day} 的销售日报`,
          en: `${actor.displayName} returned your daily report of ${row.day}`,
        },
        body: { 'zh-CN': input.comment, en: input.comment },
        subjectType: 'daily_report',
        subjectId: id,
        link: reportLink(id),
      });
    }
    return getDailyReport(tx, actor, id, now);
  });
}
