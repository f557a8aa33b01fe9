import { z } from 'zod';
import {
  ZDateTime,
  ZLocalized,
  ZPaging,
  ZUnitRef,
  ZUserRef,
  zDate,
  zOptionalText,
  zPage,
  zText,
} from '../../platform/schemas.js';
import { praiseKinds, surveySources, surveyStatuses } from './tables.js';

export const ZSurveySource = z.enum(surveySources);
export const ZSurveyStatus = z.enum(surveyStatuses);
export const ZPraiseKind = z.enum(praiseKinds);

// ——— The customer's page (no account) ———

/** SVC-2: a link's token as it comes in the path; anything that matches no survey is "invalid". */
export const ZSurveyToken = z.object({ token: z.string().max(200) });

/** SVC-2: all the customer's page gets — nothing of the rep, the customer's file or the ids. */
export const ZPublicSurvey = z.object({
  company: ZLocalized,
  customerName: z.string(),
  questions: z.array(z.object({ key: z.string(), text: ZLocalized })),
  expiresAt: ZDateTime,
});
export type TPublicSurvey = z.infer<typeof ZPublicSurvey>;

/** SVC-2: the customer's answer — a score 1–5 per answered question and an optional comment. */
export const ZPublicAnswer = z.object({
  answers: z
    .array(z.object({ key: z.string().trim().min(1).max(30), score: z.number().int().min(1).max(5) }))
    .min(1)
    .max(10),
  comment: zOptionalText(1000),
});
export type TPublicAnswer = z.output<typeof ZPublicAnswer>;

// ——— Surveys ———

/** SVC-2: send a survey by hand to a customer, rating its owner (or the rep named). */
export const ZSurveySend = z.object({
  customerId: z.uuid(),
  repId: z.uuid().optional(),
});
export type TSurveySend = z.output<typeof ZSurveySend>;

export const ZSurveyRow = z.object({
  id: z.uuid(),
  customer: z.object({ id: z.uuid(), name: z.string() }),
  rep: ZUserRef,
  unit: ZUnitRef,
  source: ZSurveySource,
  status: ZSurveyStatus,
  sentAt: ZDateTime,
  expiresAt: ZDateTime,
  answeredAt: ZDateTime.nullable(),
  /** The answered questions' mean, one decimal; null before an answer. */
  score: z.number().nullable(),
  satisfied: z.boolean().nullable(),
});
export type TSurveyRow = z.infer<typeof ZSurveyRow>;

export const ZSurvey = ZSurveyRow.extend({
  mailedTo: z.string().nullable(),
  comment: z.string().nullable(),
  questions: z.array(z.object({ key: z.string(), text: ZLocalized, score: z.number().int().nullable() })),
  can: z.object({ resend: z.boolean() }),
});
export type TSurvey = z.infer<typeof ZSurvey>;

/** A survey just sent or re-sent: the link with its raw token, shown this once. */
export const ZSurveySent = z.object({
  survey: ZSurvey,
  link: z.string(),
  mailedTo: z.string().nullable(),
});

const surveyFilters = {
  status: ZSurveyStatus.optional(),
  source: ZSurveySource.optional(),
  repId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  q: z.string().trim().max(100).optional(),
  from: zDate.optional(),
  to: zDate.optional(),
  sort: z.enum(['sentAt', 'answeredAt']).default('sentAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
};
export const ZSurveyQuery = ZPaging.extend(surveyFilters);
export type TSurveyQuery = z.output<typeof ZSurveyQuery>;
export const ZSurveyExportQuery = z.object(surveyFilters);
export type TSurveyExportQuery = z.output<typeof ZSurveyExportQuery>;
export const ZSurveyPage = zPage(ZSurveyRow);

// ——— Praise ———

/** SVC-3: customer praise or an award for a person. */
export const ZPraiseCreate = z.object({
  customerId: z.uuid(),
  userId: z.uuid(),
  day: zDate,
  kind: ZPraiseKind,
  description: zText(2000),
});
export type TPraiseCreate = z.output<typeof ZPraiseCreate>;

export const ZPraise = z.object({
  id: z.uuid(),
  customer: z.object({ id: z.uuid(), name: z.string() }),
  user: ZUserRef,
  unit: ZUnitRef,
  day: z.string(),
  kind: ZPraiseKind,
  description: z.string(),
  recordedBy: ZUserRef.nullable(),
  createdAt: ZDateTime,
  /** The extra points it earned the person (INC-4), as a digit string; null when none. */
  points: z.string().nullable(),
});
export type TPraise = z.infer<typeof ZPraise>;

export const ZPraiseQuery = ZPaging.extend({
  kind: ZPraiseKind.optional(),
  userId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  from: zDate.optional(),
  to: zDate.optional(),
  sort: z.enum(['day', 'createdAt']).default('day'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type TPraiseQuery = z.output<typeof ZPraiseQuery>;
export const ZPraisePage = zPage(ZPraise);
