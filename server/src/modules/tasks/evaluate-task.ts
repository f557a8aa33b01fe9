import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { emit } from '../../platform/events/domain-events.js';
import { notify } from '../../platform/notifications/notify.js';
import { getTaskInScope } from './queries.js';
import type { TTask, ZTaskEvaluate } from './schemas.js';
import { TASK_SUBJECT } from './subject.js';
import { tasks } from './tables.js';
import { taskEvaluated } from './task-events.js';

/**
 * ORG-4: the one who gave the task evaluates the result (text and score); the assignee is told; a
 * module whose work the task carries follows (taskEvaluated).
 */
export async function evaluateTask(
  ctx: Ctx,
  id: string,
  input: z.output<typeof ZTaskEvaluate>,
): Promise<TTask> {
  const actor = requireActor(ctx);
  const now = ctx.clock.now();
  return inTx(ctx, async (tx) => {
    const before = await getTaskInScope(tx, actor, id, now);
    if (before.assigner.id !== actor.id) throw appError('TASK_NOT_ASSIGNER');
    if (before.status !== 'done') throw appError('TASK_WRONG_STATUS');
    await tx
      .update(tasks)
      .set({
        status: 'evaluated',
        evaluation: input.evaluation,
        score: input.score,
        evaluatedAt: now,
        updatedAt: now,
      })
      .where(eq(tasks.id, id));
    const after = await getTaskInScope(tx, actor, id, now);
    await notify(tx, ctx, {
      userId: before.assignee.id,
      event: 'task.evaluated',
      title: {
        'zh-CN': `${actor.displayName} 评价了您的指令完成情况：${input.score} 分`,
        en: `${actor.displayName} evaluated your task: ${input.score} points`,
      },
      body: { 'zh-CN': input.evaluation, en: input.evaluation },
      subjectType: TASK_SUBJECT,
      subjectId: id,
      link: `/tasks?id=${id}`,
    });
    await audit(tx, ctx, { entity: 'task', entityId: id, action: 'task.evaluate', before, after });
    await emit(tx, ctx, taskEvaluated, {
      taskId: id,
      assignerId: actor.id,
      evaluation: input.evaluation,
      score: input.score,
      evaluatedAt: now,
    });
    return after;
  });
}
