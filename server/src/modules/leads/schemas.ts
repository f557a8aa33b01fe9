import { z } from 'zod';
import { ZDateTime, ZLocalized } from '../../platform/schemas.js';

/** CUS-4: one thing a lead is assessed on, and how much it weighs (weights sum to 100). */
export const ZLeadCriterion = z.object({ key: z.string(), label: ZLocalized, weight: z.number().int() });

/** The criteria and the score a lead needs before it can become a customer (policies). */
export const ZLeadCriteria = z.object({
  criteria: z.array(ZLeadCriterion),
  /** Each criterion is answered 0 … this. */
  maxAnswer: z.number().int(),
  qualifiedScore: z.number().int(),
});

/** Answers per criterion key, each 0–5; every criterion answered (checked against the policy). */
export const ZQualificationInput = z.object({
  answers: z.record(z.string(), z.number().int().min(0).max(5)),
});

/** Where a lead stands: its answers and weighted score, the threshold, and whether it is converted. */
export const ZLeadStatus = z.object({
  id: z.uuid(),
  name: z.string(),
  lifecycle: z.enum(['lead', 'customer']),
  answers: z.record(z.string(), z.number().int()).nullable(),
  potentialScore: z.number().int().nullable(),
  qualifiedScore: z.number().int(),
  /** The score reaches the threshold. */
  qualified: z.boolean(),
  convertedAt: ZDateTime.nullable(),
});

export type TLeadCriterion = z.infer<typeof ZLeadCriterion>;
export type TLeadCriteria = z.infer<typeof ZLeadCriteria>;
export type TQualificationInput = z.input<typeof ZQualificationInput>;
export type TLeadStatus = z.infer<typeof ZLeadStatus>;
