import { defineDomainEvent } from '../../platform/events/domain-events.js';

/**
 * ORG-4: a task was reported done by its assignee, or evaluated by the one who gave it. A module
 * that gave work through a task (a visit commitment given to a direct report, VIS-6) follows the
 * task's progress on these events, in the task's transaction.
 */
export interface TaskDone {
  taskId: string;
  assigneeId: string;
  note: string;
  doneAt: Date;
}
export interface TaskEvaluated {
  taskId: string;
  assignerId: string;
  evaluation: string;
  score: number;
  evaluatedAt: Date;
}
export const taskDone = defineDomainEvent<TaskDone>('task.done');
export const taskEvaluated = defineDomainEvent<TaskEvaluated>('task.evaluated');
