import { z } from 'zod';
import { ZPageQuery, ZUnitRef, ZUserRef, zPage } from '../../platform/schemas.js';
import { monthSummaryStatuses } from './tables.js';

const zMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'YYYY-MM' });
export const ZMonthParam = z.object({ month: zMonth });

/** OPS-7: what the supervisor writes. */
export const ZSummaryFields = z.object({
  results: z.string().trim().max(5000),
  problems: z.string().trim().max(5000).default(''),
  nextPlan: z.string().trim().max(5000).default(''),
});
export type TSummaryFields = z.infer<typeof ZSummaryFields>;

export const ZSummary = z.object({
  id: z.uuid(),
  author: ZUserRef,
  unit: ZUnitRef,
  month: z.string(),
  results: z.string(),
  problems: z.string(),
  nextPlan: z.string(),
  status: z.enum(monthSummaryStatuses),
  submittedAt: z.string().nullable(),
  reader: ZUserRef.nullable(),
  readAt: z.string().nullable(),
  actions: z.object({ edit: z.boolean(), markRead: z.boolean() }),
});
export type TSummary = z.infer<typeof ZSummary>;

/** OPS-7: my summary of a month as the form opens it, with its due date and the results prefilled. */
export const ZSummaryMonth = z.object({
  month: z.string(),
  dueOn: z.string(),
  summary: ZSummary.nullable(),
  prefill: z.string(),
});
export type TSummaryMonth = z.infer<typeof ZSummaryMonth>;

export const ZSummaryQuery = ZPageQuery.extend({
  sort: z.enum(['month', 'submittedAt']).default('month'),
  order: z.enum(['asc', 'desc']).default('desc'),
  month: zMonth.optional(),
  status: z.enum(monthSummaryStatuses).optional(),
  authorId: z.uuid().optional(),
});
export type TSummaryQuery = z.infer<typeof ZSummaryQuery>;
export const ZSummaryPage = zPage(ZSummary);

export const queueKinds = ['worklog', 'daily_report', 'visit_report'] as const;
export const ZQueueQuery = ZPageQuery.extend({ kind: z.enum(queueKinds).optional() });
export type TQueueQuery = z.infer<typeof ZQueueQuery>;
export const ZQueueItem = z.object({
  kind: z.enum(queueKinds),
  id: z.uuid(),
  person: ZUserRef,
  day: z.string(),
  submittedAt: z.string().nullable(),
  summary: z.string(),
  link: z.string(),
});
export type TQueueItem = z.infer<typeof ZQueueItem>;
export const ZQueuePage = zPage(ZQueueItem).extend({
  counts: z.object({
    worklog: z.number().int(),
    daily_report: z.number().int(),
    visit_report: z.number().int(),
  }),
});
