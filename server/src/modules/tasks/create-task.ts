import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { openDueItem } from '../../platform/deadlines/due-items.js';
import { defaultLadder } from '../../platform/deadlines/ladder.js';
import { appError } from '../../platform/errors.js';
import { notify } from '../../platform/notifications/notify.js';
import { users } from '../../platform/org/tables.js';
import { getTaskInScope } from './queries.js';
import type { TTask, ZTaskCreate } from './schemas.js';
import { TASK_SUBJECT } from './subject.js';
import { tasks } from './tables.js';

const sourceText = {
  verbal: { 'zh-CN': '口头', en: 'verbal' },
  written: { 'zh-CN': '书面', en: 'written' },
  meeting: { 'zh-CN': '会议', en: 'meeting' },
} as const;

/** ORG-4: a complete instruction as given: who, what, by when, where, how, how controlled and evaluated. */
export type TaskAssignment = z.output<typeof ZTaskCreate>;

/**
 * ORG-4: a complete instruction (the schema refuses a missing part at the edge);
 * ORG-3: only to a direct report — no skip-level command. The deadline is a due item.
 */
export async function createTask(ctx: Ctx, input: z.output<typeof ZTaskCreate>): Promise<TTask> {
  return inTx(ctx, (tx) => assignTask(tx, ctx, input));
}

/**
 * ORG-3/ORG-4: gives a task to one of the actor's direct reports in the caller's transaction
 * (another module gives work as a task this way, e.g. a visit commitment, VIS-6): the deadline
 * must lie ahead, the assignee is told, the task's due item is opened and the write audited.
 */
export async function assignTask(tx: Tx, ctx: Ctx, input: TaskAssignment): Promise<TTask> {
  const actor = requireActor(ctx);
  const now = ctx.clock.now();
  const dueAt = new Date(input.dueAt);
  if (dueAt.getTime() <= now.getTime()) {
    throw appError('TASK_DUE_IN_PAST', {
      dueAt: { 'zh-CN': '完成期限必须晚于现在', en: 'The deadline must be in the future' },
    });
  }
  const [assignee] = await tx
    .select({ id: users.id, superiorId: users.superiorId, status: users.status, unitId: users.unitId })
    .from(users)
    .where(eq(users.id, input.assigneeId));
  if (!assignee || assignee.superiorId !== actor.id || assignee.status !== 'active') {
    throw appError('TASK_NOT_DIRECT_REPORT', {
      assigneeId: {
        'zh-CN': '只能选择自己的直接下属（不能越级指挥）',
        en: 'Choose one of your direct reports (no skip-level command)',
      },
    });
  }
  const [row] = await tx
    .insert(tasks)
    .values({
      assignerId: actor.id,
      assigneeId: assignee.id,
      unitId: assignee.unitId,
      content: input.content,
      dueAt,
      place: input.place,
      actionPlan: input.actionPlan,
      controlMethod: input.controlMethod,
      evaluationMethod: input.evaluationMethod,
      source: input.source,
      createdAt: now,
      updatedAt: now,
      createdBy: actor.id,
    })
    .returning({ id: tasks.id });
  if (!row) throw new Error('task insert failed');
  await openDueItem(tx, ctx, {
    kind: 'task',
    title: `指令 / Task: ${input.content.slice(0, 80)}`,
    ownerId: assignee.id,
    unitId: assignee.unitId,
    subjectType: TASK_SUBJECT,
    subjectId: row.id,
    dueAt,
    rule: { from: now.toISOString(), fixed: input.dueAt, source: 'task' },
    ladder: await defaultLadder(tx, now),
  });
  const task = await getTaskInScope(tx, actor, row.id, now);
  await notify(tx, ctx, {
    userId: assignee.id,
    event: 'task.assigned',
    title: {
      'zh-CN': `${actor.displayName} 给您下达了指令（${sourceText[input.source]['zh-CN']}）`,
      en: `${actor.displayName} gave you a task (${sourceText[input.source].en})`,
    },
    body: { 'zh-CN': input.content, en: input.content },
    subjectType: TASK_SUBJECT,
    subjectId: row.id,
    link: `/tasks?id=${row.id}`,
  });
  await audit(tx, ctx, { entity: 'task', entityId: row.id, action: 'task.create', after: task });
  return task;
}
