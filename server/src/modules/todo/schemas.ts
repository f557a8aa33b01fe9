import { z } from 'zod';
import { ZDateTime, ZLocalized } from '../../platform/schemas.js';

/** One piece of work in 待办 (platform/todo/sources.ts, TodoRow). */
export const ZTodoRow = z.object({
  /** The source's key, e.g. `receivables.paymentsToConfirm`. */
  source: z.string(),
  id: z.string(),
  title: ZLocalized,
  subject: z.string().nullable(),
  amountFen: z.string().nullable(),
  dueAt: ZDateTime.nullable(),
  overdue: z.boolean(),
  link: z.string().nullable(),
  detail: ZLocalized.nullable(),
  action: z.object({ kind: z.string(), ids: z.record(z.string(), z.string()) }).nullable(),
});

/** One kind of work: its heading, how many there are, and the first rows (overdue first). */
export const ZTodoSection = z.object({
  key: z.string(),
  label: ZLocalized,
  total: z.number().int(),
  items: z.array(ZTodoRow),
});

/** 待办: every source's section, in the registry's order. */
export const ZTodo = z.object({ sections: z.array(ZTodoSection) });

export const ZTodoCount = z.object({
  /** Everything waiting for me: the sum of the sections (notifications apart). */
  total: z.number().int(),
  unreadNotifications: z.number().int(),
  /** The bell: to-dos plus unread notifications. */
  badge: z.number().int(),
  sections: z.array(z.object({ key: z.string(), label: ZLocalized, count: z.number().int() })),
});

export const ZTodoQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** Only the rows past due, from every section (逾期事项). */
  overdue: z.enum(['true', 'false']).default('false'),
});

export type TTodoCount = z.infer<typeof ZTodoCount>;
export type TTodo = z.infer<typeof ZTodo>;
export type TTodoRow = z.infer<typeof ZTodoRow>;
