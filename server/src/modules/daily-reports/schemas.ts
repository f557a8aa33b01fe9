import { z } from 'zod';
import { ZDateTime, ZPaging, ZUnitRef, ZUserRef, zDate, zPage, zText } from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';
import { dailyReportReviewStatuses } from './tables.js';

/** OPS-2: one day's figures of a rep or a unit; money in fen as digits. */
export const ZDayFigures = z.object({
  newCustomers: z.number().int(),
  inquiries: z.number().int(),
  visits: z.number().int(),
  quotes: z.number().int(),
  contracts: z.number().int(),
  orders: z.number().int(),
  collectedFen: z.string(),
});
export type TDayFigures = z.infer<typeof ZDayFigures>;

export const ZDailyReportReviewStatus = z.enum(dailyReportReviewStatuses);
export const ZDailyReportKind = z.enum(['person', 'unit']);

/** OPS-2: a daily sales report as the reader sees it, with what the reader may do on it. */
export const ZDailyReport = z.object({
  id: z.uuid(),
  kind: ZDailyReportKind,
  user: ZUserRef.nullable(),
  unit: ZUnitRef,
  day: z.string(),
  figures: ZDayFigures,
  notes: z.string(),
  generatedAt: ZDateTime,
  submittedAt: ZDateTime.nullable(),
  reviewStatus: ZDailyReportReviewStatus.nullable(),
  reviewComment: z.string().nullable(),
  reviewedBy: ZUserRef.nullable(),
  reviewedAt: ZDateTime.nullable(),
  /** The day is over: figures and notes are read-only (a returned report still takes notes). */
  archived: z.boolean(),
  canWrite: z.boolean(),
  canReview: z.boolean(),
  canRegenerate: z.boolean(),
});
export type TDailyReport = z.infer<typeof ZDailyReport>;
export const ZDailyReportPage = zPage(ZDailyReport);

export const ZDailyReportQuery = ZPaging.extend({
  unitId: z.uuid().optional(),
  userId: z.uuid().optional(),
  kind: ZDailyReportKind.optional(),
  reviewStatus: ZDailyReportReviewStatus.optional(),
  from: zDate.optional(),
  to: zDate.optional(),
  sort: z.enum(['day', 'unit', 'person']).default('day'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type TDailyReportQuery = z.output<typeof ZDailyReportQuery>;

export const ZDailyReportNotes = z.object({ notes: z.string().trim().max(4000) });
export const ZDailyReportSubmit = z.object({ notes: zText(4000) });
/** OPS-7: a returned report says why (the comment is required then). */
export const ZDailyReportReview = z
  .object({
    verdict: z.enum(['approved', 'returned']),
    comment: z.string().trim().max(2000).default(''),
  })
  .refine((v) => v.verdict !== 'returned' || v.comment !== '', {
    path: ['comment'],
    error: vmsg('required'),
  });
export const ZDailyReportGenerate = z.object({
  /** The unit whose reports (each rep's and the unit's) are generated for today; default: mine. */
  unitId: z.uuid().optional(),
});
export const ZDailyReportGenerated = z.object({ generated: z.number().int() });
