import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { closeDueItems } from '../../platform/deadlines/due-items.js';
import { appError } from '../../platform/errors.js';
import { emit } from '../../platform/events/domain-events.js';
import { notify } from '../../platform/notifications/notify.js';
import { getTaskInScope } from './queries.js';
import type { TTask, ZTaskDone } from './schemas.js';
import { TASK_SUBJECT } from './subject.js';
import { tasks } from './tables.js';
import { taskDone } from './task-events.js';

/**
 * ORG-4: the assignee reports the task done with a note; its deadline closes; the assigner is told;
 * a module whose work the task carries follows (taskDone).
 */
export async function completeTask(ctx: Ctx, id: string, input: z.output<typeof ZTaskDone>): Promise<TTask> {
  const actor = requireActor(ctx);
  const now = ctx.clock.now();
  return inTx(ctx, async (tx) => {
    const before = await getTaskInScope(tx, actor, id, now);
    if (before.assignee.id !== actor.id) throw appError('TASK_NOT_ASSIGNEE');
    if (before.status !== 'open') throw appError('TASK_WRONG_STATUS');
    await tx
      .update(tasks)
      .set({ status: 'done', doneAt: now, doneNote: input.note, updatedAt: now })
      .where(eq(tasks.id, id));
    await closeDueItems(tx, ctx, { subjectType: TASK_SUBJECT, subjectId: id, reason: 'task.done' });
    const after = await getTaskInScope(tx, actor, id, now);
    await notify(tx, ctx, {
      userId: before.assigner.id,
      event: 'task.done',
      title: {
        'zh-CN': `${actor.displayName} 已完成您下达的指令，请评价`,
        en: `${actor.displayName} finished the task you gave; please evaluate it`,
      },
      body: { 'zh-CN': input.note, en: input.note },
      subjectType: TASK_SUBJECT,
      subjectId: id,
      link: `/tasks?id=${id}`,
    });
    await audit(tx, ctx, { entity: 'task', entityId: id, action: 'task.done', before, after });
    await emit(tx, ctx, taskDone, { taskId: id, assigneeId: actor.id, note: input.note, doneAt: now });
    return after;
  });
}
