import { z } from 'zod';
import { ZDateTime, ZPageQuery, ZUserRef, zPage, zText } from '../../platform/schemas.js';

export const ZTaskSource = z.enum(['verbal', 'written', 'meeting']);
export const ZTaskStatus = z.enum(['open', 'done', 'evaluated', 'cancelled']);

/** ORG-4: who, what, by when, where, how, how controlled and evaluated, and where it was given. */
export const ZTaskCreate = z.object({
  assigneeId: z.uuid(),
  content: zText(2000),
  dueAt: ZDateTime,
  place: zText(200),
  actionPlan: zText(2000),
  controlMethod: zText(1000),
  evaluationMethod: zText(1000),
  source: ZTaskSource,
});

export const ZTaskDone = z.object({ note: zText(2000) });
export const ZTaskEvaluate = z.object({
  evaluation: zText(2000),
  score: z.number().int().min(0).max(100),
});

export const ZTask = z.object({
  id: z.uuid(),
  assigner: ZUserRef,
  assignee: ZUserRef,
  content: z.string(),
  dueAt: ZDateTime,
  place: z.string(),
  actionPlan: z.string(),
  controlMethod: z.string(),
  evaluationMethod: z.string(),
  source: ZTaskSource,
  status: ZTaskStatus,
  overdue: z.boolean(),
  doneAt: ZDateTime.nullable(),
  doneNote: z.string().nullable(),
  evaluation: z.string().nullable(),
  score: z.number().int().nullable(),
  evaluatedAt: ZDateTime.nullable(),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
  /** What the signed-in user may do with it now. */
  actions: z.object({ done: z.boolean(), evaluate: z.boolean() }),
});
export const ZTaskPage = zPage(ZTask);

export const ZTaskListQuery = ZPageQuery.extend({
  /** assigned: I gave it · received: given to me · subordinates: given to people below me by others (ORG-3). */
  box: z.enum(['assigned', 'received', 'subordinates']).default('received'),
  status: ZTaskStatus.optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(['dueAt', 'createdAt']).default('dueAt'),
});

export const ZUserRefList = z.object({ items: z.array(ZUserRef) });

export const ZAppealStatus = z.enum(['open', 'answered']);
export const ZAppealCreate = z.object({
  toUserId: z.uuid(),
  content: zText(4000),
  taskId: z.uuid().nullish(),
});
export const ZAppealAnswer = z.object({ response: zText(4000) });
export const ZAppeal = z.object({
  id: z.uuid(),
  appellant: ZUserRef,
  to: ZUserRef,
  taskId: z.uuid().nullable(),
  content: z.string(),
  status: ZAppealStatus,
  response: z.string().nullable(),
  answeredAt: ZDateTime.nullable(),
  createdAt: ZDateTime,
  actions: z.object({ answer: z.boolean() }),
});
export const ZAppealPage = zPage(ZAppeal);
export const ZAppealListQuery = ZPageQuery.extend({
  /** mine: appeals I made · tome: appeals addressed to me. */
  box: z.enum(['mine', 'tome']).default('mine'),
  status: ZAppealStatus.optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});

export type TTaskSource = z.infer<typeof ZTaskSource>;
export type TTaskStatus = z.infer<typeof ZTaskStatus>;
export type TTaskCreate = z.input<typeof ZTaskCreate>;
export type TTaskDone = z.input<typeof ZTaskDone>;
export type TTaskEvaluate = z.input<typeof ZTaskEvaluate>;
export type TTask = z.infer<typeof ZTask>;
export type TTaskPage = z.infer<typeof ZTaskPage>;
export type TTaskListQuery = z.input<typeof ZTaskListQuery>;
export type TUserRefList = z.infer<typeof ZUserRefList>;
export type TAppealCreate = z.input<typeof ZAppealCreate>;
export type TAppealAnswer = z.input<typeof ZAppealAnswer>;
export type TAppeal = z.infer<typeof ZAppeal>;
export type TAppealPage = z.infer<typeof ZAppealPage>;
export type TAppealListQuery = z.input<typeof ZAppealListQuery>;
