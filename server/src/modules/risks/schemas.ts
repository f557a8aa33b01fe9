import { z } from 'zod';
import {
  ZDateTime,
  ZPaging,
  ZUnitRef,
  ZUserRef,
  zDate,
  zOptionalText,
  zPage,
  zText,
} from '../../platform/schemas.js';
import { riskCategories, riskLevels, riskSignals, riskSources, riskStatuses } from './tables.js';

export const ZRiskCategory = z.enum(riskCategories);
export const ZRiskStatus = z.enum(riskStatuses);
export const ZRiskLevel = z.enum(riskLevels);
export const ZRiskSource = z.enum(riskSources);
export const ZRiskSignal = z.enum(riskSignals);
const oneToFive = z.coerce.number().int().min(1).max(5);

/** RISK-1: what a manager records about a risk. */
export const ZRiskCreate = z.object({
  title: zText(200),
  description: zOptionalText(4000),
  category: ZRiskCategory,
  likelihood: z.number().int().min(1).max(5),
  impact: z.number().int().min(1).max(5),
  ownerId: z.uuid(),
  controls: zOptionalText(4000),
  reviewOn: zDate,
  customerId: z.uuid().nullish(),
});
export type TRiskCreate = z.output<typeof ZRiskCreate>;

/** RISK-1: a change; a system risk keeps its category and customer. */
export const ZRiskUpdate = ZRiskCreate.partial();
export type TRiskUpdate = z.output<typeof ZRiskUpdate>;

/** RISK-1: a review: what was found, the next review date (required unless closing), a new assessment. */
export const ZRiskReview = z.object({
  note: zText(2000),
  nextReviewOn: zDate.nullish(),
  likelihood: z.number().int().min(1).max(5).optional(),
  impact: z.number().int().min(1).max(5).optional(),
  status: ZRiskStatus.optional(),
});
export type TRiskReview = z.output<typeof ZRiskReview>;

const ZCustomerRef = z.object({ id: z.uuid(), name: z.string() });

export const ZRiskRow = z.object({
  id: z.uuid(),
  number: z.string(),
  title: z.string(),
  category: ZRiskCategory,
  likelihood: z.number().int(),
  impact: z.number().int(),
  score: z.number().int(),
  level: ZRiskLevel,
  owner: ZUserRef,
  unit: ZUnitRef,
  reviewOn: z.string(),
  /** The review date has passed and the risk is not closed. */
  reviewOverdue: z.boolean(),
  status: ZRiskStatus,
  source: ZRiskSource,
  signal: ZRiskSignal.nullable(),
  customer: ZCustomerRef.nullable(),
  createdAt: ZDateTime,
  closedAt: ZDateTime.nullable(),
});
export type TRiskRow = z.infer<typeof ZRiskRow>;

export const ZRiskReviewRow = z.object({
  id: z.uuid(),
  reviewedBy: ZUserRef,
  reviewedAt: ZDateTime,
  note: z.string(),
  nextReviewOn: z.string().nullable(),
});

export const ZRiskRevision = z.object({
  id: z.string(),
  at: ZDateTime,
  action: z.string(),
  actor: z.string().nullable(),
  /** The fields the change touched. */
  fields: z.array(z.string()),
});

export const ZRisk = ZRiskRow.extend({
  description: z.string().nullable(),
  controls: z.string().nullable(),
  closedNote: z.string().nullable(),
  reviews: z.array(ZRiskReviewRow),
  revisions: z.array(ZRiskRevision),
  can: z.object({ manage: z.boolean(), review: z.boolean() }),
});
export type TRisk = z.infer<typeof ZRisk>;

const filters = {
  category: ZRiskCategory.optional(),
  level: ZRiskLevel.optional(),
  status: ZRiskStatus.optional(),
  /** open and controlled: every risk not closed. */
  active: z.enum(['true', 'false']).optional(),
  source: ZRiskSource.optional(),
  ownerId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  likelihood: oneToFive.optional(),
  impact: oneToFive.optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(['score', 'reviewOn', 'number', 'createdAt']).default('score'),
  order: z.enum(['asc', 'desc']).default('desc'),
};
export const ZRiskQuery = ZPaging.extend(filters);
export type TRiskQuery = z.output<typeof ZRiskQuery>;
export const ZRiskExportQuery = z.object(filters);
export type TRiskExportQuery = z.output<typeof ZRiskExportQuery>;
export const ZRiskPage = zPage(ZRiskRow);

/** RISK-1: the heat map — open (not closed) risks in scope per likelihood × impact cell. */
export const ZRiskHeatmap = z.object({
  cells: z.array(
    z.object({
      likelihood: z.number().int(),
      impact: z.number().int(),
      count: z.number().int(),
      level: ZRiskLevel,
    }),
  ),
  bands: z.object({ medium: z.number().int(), high: z.number().int(), critical: z.number().int() }),
  total: z.number().int(),
});
export type TRiskHeatmap = z.infer<typeof ZRiskHeatmap>;
