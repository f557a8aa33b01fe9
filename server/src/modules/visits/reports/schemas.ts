import { z } from 'zod';
import { ZDateTime, ZPageQuery, ZUserRef, zDate, zOptionalText, zPage } from '../../../platform/schemas.js';
import { ZVisitCommitment, ZVisitCommitmentDraft } from '../commitments/schemas.js';

export const ZVisitReportStatus = z.enum(['draft', 'submitted', 'approved', 'returned']);
export const ZPurposeAchieved = z.enum(['yes', 'partly', 'no']);

/**
 * VIS-5: the report as the rep writes it (客户拜访报告): purpose achieved, the customer's situation
 * and needs, competitor information, next steps; and the commitments made (VIS-6), each a row of
 * its own. Saving keeps a draft; submitting asks for all of purpose, situation and next steps.
 */
export const ZVisitReportInput = z.object({
  purposeAchieved: ZPurposeAchieved.nullish(),
  customerSituation: zOptionalText(4000),
  customerNeeds: zOptionalText(4000),
  competitorInfo: zOptionalText(4000),
  nextSteps: zOptionalText(4000),
  /** The commitments not yet submitted (the draft's); submitted ones are tracked on their own. */
  commitments: z.array(ZVisitCommitmentDraft).max(20).default([]),
});

export const ZVisitReport = z.object({
  id: z.uuid(),
  visitId: z.uuid(),
  customer: z.object({ id: z.uuid(), name: z.string() }),
  author: ZUserRef,
  purpose: z.string(),
  checkInAt: ZDateTime.nullable(),
  checkOutAt: ZDateTime.nullable(),
  status: ZVisitReportStatus,
  purposeAchieved: ZPurposeAchieved.nullable(),
  customerSituation: z.string().nullable(),
  customerNeeds: z.string().nullable(),
  competitorInfo: z.string().nullable(),
  nextSteps: z.string().nullable(),
  /** VIS-5: when it was due (the first deadline, kept for the on-time figure). */
  dueAt: ZDateTime.nullable(),
  /** When a returned report is due again; null unless it is being revised. */
  reviseDueAt: ZDateTime.nullable(),
  /** The first submission. */
  submittedAt: ZDateTime.nullable(),
  /** Submitted after its due time, or not submitted and past it. */
  late: z.boolean(),
  reviewer: ZUserRef.nullable(),
  reviewedAt: ZDateTime.nullable(),
  reviewComment: z.string().nullable(),
  commitments: z.array(ZVisitCommitment),
  /** What the signed-in user may do with it now. */
  actions: z.object({ edit: z.boolean() }),
});

export const ZVisitReportListItem = ZVisitReport.omit({ commitments: true }).extend({
  commitmentCount: z.number().int(),
});
export const ZVisitReportPage = zPage(ZVisitReportListItem);

export const ZVisitReportListQuery = ZPageQuery.extend({
  /** mine: my own reports · team: those of the people in my scope. */
  box: z.enum(['mine', 'team']).default('mine'),
  status: ZVisitReportStatus.optional(),
  late: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** The visit's company date, from / to (inclusive). */
  from: zDate.optional(),
  to: zDate.optional(),
  sort: z.enum(['visitedAt', 'dueAt']).default('visitedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});

export type TVisitReport = z.infer<typeof ZVisitReport>;
export type TVisitReportInput = z.output<typeof ZVisitReportInput>;
export type TVisitReportListItem = z.infer<typeof ZVisitReportListItem>;
