import { z } from 'zod';
import {
  ZDateTime,
  ZPageQuery,
  ZUnitRef,
  ZUserRef,
  zDate,
  zFen,
  zOptionalText,
  zPage,
  zText,
} from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';
import { funnelStages, openStages } from './stages.js';
import { opportunityStages } from './tables.js';

export const ZOpportunityStage = z.enum(opportunityStages);
export const ZOpenStage = z.enum(openStages);

/** CUS-8: one opportunity as lists, the board and the detail show it. Money is fen as digit strings. */
export const ZOpportunity = z.object({
  id: z.uuid(),
  name: z.string(),
  customer: z.object({ id: z.uuid(), name: z.string() }),
  stage: ZOpportunityStage,
  amountFen: z.string(),
  /** Win probability (%) of the stage, from the policy in force now for the opportunity's unit. */
  probability: z.number().int(),
  /** amountFen × probability, rounded to whole fen. */
  weightedFen: z.string(),
  expectedCloseDate: z.iso.date().nullable(),
  owner: ZUserRef,
  unit: ZUnitRef,
  stageChangedAt: ZDateTime,
  closedAt: ZDateTime.nullable(),
  lostReason: z.string().nullable(),
  remark: z.string().nullable(),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
  /** The signed-in user may edit it and move its stage (write scope, and still open). */
  canEdit: z.boolean(),
});
export const ZOpportunityPage = zPage(ZOpportunity);

export const ZOpportunityCreate = z.object({
  customerId: z.uuid(),
  name: zText(200),
  amountFen: zFen,
  expectedCloseDate: zDate,
  /** A new opportunity starts in an open stage (lead by default). */
  stage: ZOpenStage.default('lead'),
  remark: zOptionalText(2000),
  /** Someone in the actor's scope may be made owner; default the actor. */
  ownerId: z.uuid().nullish(),
});

export const ZOpportunityUpdate = z.object({
  name: zText(200).optional(),
  amountFen: zFen.optional(),
  expectedCloseDate: zDate.optional(),
  remark: zOptionalText(2000),
});

/** CUS-8: a move to another stage; lost needs the reason. */
export const ZOpportunityStageMove = z
  .object({ stage: ZOpportunityStage, lostReason: zOptionalText(500) })
  .superRefine((v, ctx) => {
    if (v.stage === 'lost' && !v.lostReason)
      ctx.addIssue({ code: 'custom', path: ['lostReason'], message: vmsg('required') });
  });

/** One or several stages: `stage=lead&stage=needs` or a single `stage=lead`. */
const zStages = z
  .union([ZOpportunityStage, z.array(ZOpportunityStage)])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .optional();

/** The filters the list and the board share. */
export const ZOpportunityFilters = z.object({
  q: z.string().trim().max(100).optional(),
  stage: zStages,
  customerId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  /** Expected close date from / to (inclusive, YYYY-MM-DD). */
  expectedFrom: zDate.optional(),
  expectedTo: zDate.optional(),
  status: z.enum(['open', 'closed']).optional(),
});

export const ZOpportunityListQuery = ZPageQuery.extend(ZOpportunityFilters.shape).extend({
  sort: z.enum(['updatedAt', 'amountFen', 'expectedCloseDate']).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});

export const ZOpportunityBoardQuery = ZOpportunityFilters.extend({
  /** Cards returned per column; the column's count and sums cover all of them. */
  perColumn: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZOpportunityBoardColumn = z.object({
  stage: ZOpportunityStage,
  count: z.number().int(),
  amountFen: z.string(),
  weightedFen: z.string(),
  items: z.array(ZOpportunity),
  /** How many more are in the column than `items` shows. */
  more: z.number().int(),
});
export const ZOpportunityBoard = z.object({ columns: z.array(ZOpportunityBoardColumn) });

export const ZOpportunityFunnelQuery = z.object({
  ownerId: z.uuid().optional(),
  /** This unit and the units below it. */
  unitId: z.uuid().optional(),
  /** Opportunities created from / to (instants, e.g. the start and end of the chosen days). */
  createdFrom: ZDateTime.optional(),
  createdTo: ZDateTime.optional(),
});

export const ZFunnelStage = z.object({
  stage: z.enum(funnelStages),
  /** How many opportunities reached at least this stage (from the stage history). */
  reached: z.number().int(),
  /** reached ÷ reached at the previous stage, in percent with one decimal; null for the first stage or none before. */
  conversionPct: z.number().nullable(),
  /** Opportunities at this stage now, their amount and weighted amount. */
  count: z.number().int(),
  amountFen: z.string(),
  weightedFen: z.string(),
});
export const ZOpportunityFunnel = z.object({
  stages: z.array(ZFunnelStage),
  lost: z.object({ count: z.number().int(), amountFen: z.string() }),
  /** All opportunities counted (every stage, lost included). */
  total: z.number().int(),
  /** Open pipeline: amount and weighted amount of the open stages. */
  openAmountFen: z.string(),
  openWeightedFen: z.string(),
});

export const ZStageHistoryEntry = z.object({
  id: z.uuid(),
  fromStage: ZOpportunityStage.nullable(),
  toStage: ZOpportunityStage,
  at: ZDateTime,
  actor: ZUserRef.nullable(),
});
export const ZStageHistory = z.object({ items: z.array(ZStageHistoryEntry) });

export type TOpportunityStage = z.infer<typeof ZOpportunityStage>;
export type TOpportunity = z.infer<typeof ZOpportunity>;
export type TOpportunityPage = z.infer<typeof ZOpportunityPage>;
export type TOpportunityCreate = z.input<typeof ZOpportunityCreate>;
export type TOpportunityUpdate = z.input<typeof ZOpportunityUpdate>;
export type TOpportunityStageMove = z.input<typeof ZOpportunityStageMove>;
export type TOpportunityFilters = z.input<typeof ZOpportunityFilters>;
export type TOpportunityListQuery = z.input<typeof ZOpportunityListQuery>;
export type TOpportunityBoardQuery = z.input<typeof ZOpportunityBoardQuery>;
export type TOpportunityBoard = z.infer<typeof ZOpportunityBoard>;
export type TOpportunityBoardColumn = z.infer<typeof ZOpportunityBoardColumn>;
export type TOpportunityFunnelQuery = z.input<typeof ZOpportunityFunnelQuery>;
export type TOpportunityFunnel = z.infer<typeof ZOpportunityFunnel>;
export type TFunnelStage = z.infer<typeof ZFunnelStage>;
export type TStageHistory = z.infer<typeof ZStageHistory>;
export type TStageHistoryEntry = z.infer<typeof ZStageHistoryEntry>;
