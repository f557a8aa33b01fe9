import { eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { units, users } from '../../platform/org/tables.js';
import { assignTask } from '../tasks/index.js';
import { hostedMeeting } from './hosted-meeting.js';
import { getMeeting } from './queries.js';
import type { TMeeting } from './schemas.js';
import { meetingAssignments } from './tables.js';

export interface AssignmentInput {
  assigneeId: string;
  content: string;
  dueAt: string;
  place?: string | null | undefined;
  actionPlan?: string | null | undefined;
  controlMethod?: string | null | undefined;
  evaluationMethod?: string | null | undefined;
}

/**
 * OPS-6/ORG-3/ORG-4: today's work given at the meeting becomes a task (指令, source: meeting).
 * The rule: to a direct report of the host, the task goes to that person; to anyone else, it is
 * routed to that person's direct superior — who must be the host's direct report — with the
 * person named in the task ("转交 …"), as ORG-3 allows no skip-level command. Anyone else is out
 * of the host's reach (422). What the assignment leaves out of the ORG-4 instruction is filled
 * from the meeting: the place is the unit, the plan is the content, checked at the next meeting.
 */
export function addAssignment(ctx: Ctx, id: string, input: AssignmentInput): Promise<TMeeting> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const meeting = await hostedMeeting(tx, ctx, id);
    const [assignee] = await tx
      .select({
        id: users.id,
        superiorId: users.superiorId,
        displayName: users.displayName,
        status: users.status,
      })
      .from(users)
      .where(eq(users.id, input.assigneeId));
    if (assignee?.status !== 'active') throw appError('MEETING_ASSIGNEE_OUT_OF_REACH');
    let taskAssigneeId = assignee.id;
    let content = input.content;
    if (assignee.superiorId !== actor.id) {
      const [superior] = assignee.superiorId
        ? await tx
            .select({ id: users.id, superiorId: users.superiorId })
            .from(users)
            .where(eq(users.id, assignee.superiorId))
        : [];
      if (!superior || superior.superiorId !== actor.id) throw appError('MEETING_ASSIGNEE_OUT_OF_REACH');
      taskAssigneeId = superior.id;
      content = `转交 ${assignee.displayName} / For ${assignee.displayName}: ${input.content}`;
    }
    const [unit] = await tx.select({ name: units.name }).from(units).where(eq(units.id, meeting.unitId));
    const task = await assignTask(tx, ctx, {
      assigneeId: taskAssigneeId,
      content,
      dueAt: input.dueAt,
      place: input.place ?? unit!.name,
      actionPlan: input.actionPlan ?? input.content,
      controlMethod:
        input.controlMethod ??
        `${meeting.day} 早会布置，次日早会检查 / Given at the morning meeting of ${meeting.day}, checked at the next one`,
      evaluationMethod: input.evaluationMethod ?? '按期按质完成 / Done on time and as asked',
      source: 'meeting',
    });
    const now = ctx.clock.now();
    const [row] = await tx
      .insert(meetingAssignments)
      .values({
        meetingId: id,
        assigneeId: assignee.id,
        taskAssigneeId,
        taskId: task.id,
        content: input.content,
        dueAt: new Date(input.dueAt),
        createdAt: now,
        createdBy: actor.id,
      })
      .returning({ id: meetingAssignments.id });
    await audit(tx, ctx, {
      entity: 'meeting',
      entityId: id,
      action: 'meeting.assign',
      after: {
        assignmentId: row!.id,
        assigneeId: assignee.id,
        taskAssigneeId,
        taskId: task.id,
        content: input.content,
      },
    });
    return getMeeting(tx, actor, id);
  });
}
