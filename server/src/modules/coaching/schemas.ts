import { z } from 'zod';
import { ZDateTime, ZPaging, ZUnitRef, ZUserRef, zDate, zPage, zText } from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';
import { ZFigure, ZMetric, ZPeriod, ZStanding } from '../indicators/index.js';
import { coachingRecords } from './tables.js';

const TEXT_MAX = 4000;

export const ZCoachingStatus = z.enum(coachingRecords.status.enumValues);
/** The period coached: a year, quarter, month or ISO week code. */
export const ZCoachingPeriod = ZPeriod;
/** The plan a coaching adjusts: the person's annual (`2026`) or monthly (`2026-03`) plan. */
export const ZPlanPeriod = z.string().regex(/^(20\d\d|2100)(-(0[1-9]|1[0-2]))?$/, { error: vmsg('period') });

/** PLAN-6: a coaching as the coach records it. */
export const ZCoachingCreate = z.object({
  repId: z.uuid(),
  period: ZCoachingPeriod,
  findings: zText(TEXT_MAX),
  actions: zText(TEXT_MAX),
  /** When the coach follows up (a due item for the coach on that day); today or later. */
  followUpOn: zDate,
  /** An adjustment of the person's plan: a new draft version, then submitted and approved as usual. */
  adjustment: z.object({ planPeriod: ZPlanPeriod, reason: zText(1000) }).nullish(),
});
export type TCoachingCreate = z.output<typeof ZCoachingCreate>;

export const ZFollowUp = z.object({ note: zText(TEXT_MAX) });
export type TFollowUp = z.output<typeof ZFollowUp>;

/** The figures when the coaching was written. */
export const ZCoachingSnapshot = z.object({
  salesMetric: ZMetric,
  sales: ZFigure,
  pace: z.object({ elapsed: z.number().int(), total: z.number().int(), pct: z.number() }),
  gapPts: z.number().nullable(),
  standing: ZStanding,
  collectionRatePct: z.number().nullable(),
  volume: z.string(),
  newCustomers: z.string(),
});
export type TCoachingSnapshot = z.infer<typeof ZCoachingSnapshot>;

export const ZCoaching = z.object({
  id: z.uuid(),
  rep: ZUserRef,
  coach: ZUserRef,
  unit: ZUnitRef,
  period: z.string(),
  snapshot: ZCoachingSnapshot.nullable(),
  findings: z.string(),
  actions: z.string(),
  followUpOn: z.string(),
  status: ZCoachingStatus,
  followUpNote: z.string().nullable(),
  followedUpAt: ZDateTime.nullable(),
  /** The new version of the person's plan proposed as the adjustment. */
  adjustment: z
    .object({
      planId: z.uuid(),
      kind: z.enum(['annual', 'monthly']),
      period: z.string(),
      version: z.number().int(),
    })
    .nullable(),
  createdAt: ZDateTime,
  /** The reader may record the follow-up now. */
  canFollowUp: z.boolean(),
});
export type TCoaching = z.infer<typeof ZCoaching>;
export const ZCoachingPage = zPage(ZCoaching);

export const ZCoachingQuery = ZPaging.extend({
  repId: z.uuid().optional(),
  period: ZCoachingPeriod.optional(),
  status: ZCoachingStatus.optional(),
  sort: z.enum(['createdAt', 'followUpOn', 'period']).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type TCoachingQuery = z.output<typeof ZCoachingQuery>;
