import { z } from 'zod';
import { ZDateTime, ZLocalized, ZUserRef } from '../../platform/schemas.js';
import { ZAppeal, ZTask } from '../tasks/index.js';

export const ZTodoCount = z.object({
  /** Everything waiting for me: approvals + deadlines + tasks + appeals (notifications are counted apart). */
  total: z.number().int(),
  approvals: z.number().int(),
  deadlines: z.number().int(),
  tasks: z.number().int(),
  appeals: z.number().int(),
  unreadNotifications: z.number().int(),
});

export const ZTodoApproval = z.object({
  requestId: z.uuid(),
  stepId: z.uuid(),
  docType: z.string(),
  docTypeLabel: ZLocalized,
  docId: z.string(),
  title: z.string(),
  amountFen: z.string().nullable(),
  link: z.string().nullable(),
  submitter: ZUserRef,
  submittedAt: ZDateTime,
  seq: z.number().int(),
  stepCount: z.number().int(),
});

export const ZTodoDeadline = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  dueAt: ZDateTime,
  /** Where the item leads in the web app, if anywhere. */
  link: z.string().nullable(),
  overdue: z.boolean(),
});

const section = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

/** 待办: the first page of each kind of thing waiting for me; each section links to its full list. */
export const ZTodo = z.object({
  approvals: section(ZTodoApproval),
  deadlines: section(ZTodoDeadline),
  tasks: section(ZTask),
  appeals: section(ZAppeal),
});

export const ZTodoQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });

export type TTodoCount = z.infer<typeof ZTodoCount>;
export type TTodo = z.infer<typeof ZTodo>;
export type TTodoApproval = z.infer<typeof ZTodoApproval>;
export type TTodoDeadline = z.infer<typeof ZTodoDeadline>;
