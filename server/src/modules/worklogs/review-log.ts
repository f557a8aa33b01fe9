import { eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { notify } from '../../platform/notifications/notify.js';
import { dayLink } from './due-items.js';
import { worklogReturnedEvent } from './events.js';
import { logForReview, WORK_LOG_ENTITY } from './log-scope.js';
import { getLog } from './queries.js';
import type { TWorkLog, TWorkLogReview } from './schemas.js';
import { workLogs } from './tables.js';

/**
 * OPS-7: the supervisor approves a submitted log, or returns it with a comment — the rep is told
 * and has it in 待办 until they submit it again (back into the queue).
 */
export async function reviewLog(ctx: Ctx, id: string, input: TWorkLogReview): Promise<TWorkLog> {
  const actor = requireActor(ctx);
  if (input.verdict === 'returned' && !input.comment) throw appError('WORKLOG_RETURN_COMMENT');
  await inTx(ctx, async (tx) => {
    const row = await logForReview(tx, actor, id);
    if (row.status !== 'submitted' || (row.reviewStatus !== null && row.reviewStatus !== 'pending'))
      throw appError('WORKLOG_NOT_SUBMITTED');
    const now = ctx.clock.now();
    const [after] = await tx
      .update(workLogs)
      .set({
        reviewStatus: input.verdict,
        reviewComment: input.comment ?? null,
        reviewedBy: actor.id,
        reviewedAt: now,
        updatedAt: now,
      })
      .where(eq(workLogs.id, id))
      .returning();
    await audit(tx, ctx, {
      entity: WORK_LOG_ENTITY,
      entityId: id,
      action: 'worklog.review',
      before: row,
      after,
    });
    if (input.verdict === 'returned') {
      await notify(tx, ctx, {
        userId: row.userId,
        event: worklogReturnedEvent.key,
        title: {
          'zh-CN': `工作日志被退回：${row.day}（${actor.displayName}：${input.comment ?? ''}）`,
          en: `Work log returned: ${row.day} (${actor.displayName}: ${input.comment ?? ''})`,
        },
        subjectType: WORK_LOG_ENTITY,
        subjectId: id,
        link: dayLink(row.day),
      });
    }
  });
  return getLog(ctx.db, actor, id, ctx.clock.now());
}
