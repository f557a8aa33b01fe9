import { z } from 'zod';
import { ZPageQuery, ZUnitRef, ZUserRef, zDate, zOptionalText, zPage } from '../../platform/schemas.js';
import { workLogReviewStatuses, workLogStatuses } from './tables.js';

const zBody = (max: number) => z.string().trim().max(max);

/** OPS-1: the fields a rep writes. */
export const ZWorkLogFields = z.object({
  done: zBody(5000),
  customerOpinions: zBody(3000).default(''),
  problems: zBody(3000).default(''),
  tomorrowPlan: zBody(3000).default(''),
});
export type TWorkLogFields = z.infer<typeof ZWorkLogFields>;

/** Saving or submitting: the fields, and for a change after the day closed, why. */
export const ZWorkLogSave = ZWorkLogFields.extend({ reason: zOptionalText(500) });
export type TWorkLogSave = z.infer<typeof ZWorkLogSave>;

export const ZDayParam = z.object({ day: zDate });

export const reviewVerdicts = ['approved', 'returned'] as const;
export const ZWorkLogReview = z.object({
  verdict: z.enum(reviewVerdicts),
  comment: zOptionalText(1000),
});
export type TWorkLogReview = z.infer<typeof ZWorkLogReview>;

export const ZWorkLogRevision = z.object({
  id: z.uuid(),
  before: ZWorkLogFields,
  after: ZWorkLogFields,
  reason: z.string(),
  changedBy: ZUserRef,
  changedAt: z.string(),
});

export const ZWorkLogRow = z.object({
  id: z.uuid(),
  user: ZUserRef,
  unit: ZUnitRef,
  day: z.string(),
  status: z.enum(workLogStatuses),
  reviewStatus: z.enum(workLogReviewStatuses).nullable(),
  dueAt: z.string(),
  submittedAt: z.string().nullable(),
  /** Submitted after its due time. */
  late: z.boolean(),
  revisions: z.number().int(),
  /** The first line of what was done. */
  summary: z.string(),
});
export type TWorkLogRow = z.infer<typeof ZWorkLogRow>;

export const ZWorkLog = ZWorkLogRow.extend({
  done: z.string(),
  customerOpinions: z.string(),
  problems: z.string(),
  tomorrowPlan: z.string(),
  reviewComment: z.string().nullable(),
  reviewedBy: ZUserRef.nullable(),
  reviewedAt: z.string().nullable(),
  /** The day is closed (past the due time): a change is kept as a revision and needs a reason. */
  closed: z.boolean(),
  history: z.array(ZWorkLogRevision),
  actions: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean() }),
});
export type TWorkLog = z.infer<typeof ZWorkLog>;

/** OPS-1: my log of a day as the form opens it — the log (if any), the due time, the prefill. */
export const ZWorkLogDay = z.object({
  day: z.string(),
  dueAt: z.string(),
  trip: z.object({ tripId: z.uuid(), backOn: z.string() }).nullable(),
  log: ZWorkLog.nullable(),
  /** What was done that day, from the records in the rep's name (visits, follow-ups, quotes, contracts, payments). */
  prefill: z.string(),
});
export type TWorkLogDay = z.infer<typeof ZWorkLogDay>;

export const worklogSortKeys = ['day', 'submittedAt', 'person'] as const;
export const ZWorkLogQuery = ZPageQuery.extend({
  sort: z.enum(worklogSortKeys).default('day'),
  order: z.enum(['asc', 'desc']).default('desc'),
  userId: z.uuid().optional(),
  from: zDate.optional(),
  to: zDate.optional(),
  status: z.enum(workLogStatuses).optional(),
  reviewStatus: z.enum(workLogReviewStatuses).optional(),
});
export type TWorkLogQuery = z.infer<typeof ZWorkLogQuery>;
export const ZWorkLogPage = zPage(ZWorkLogRow);
