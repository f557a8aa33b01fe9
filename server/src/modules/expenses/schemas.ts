import { z } from 'zod';
import {
  ZDateTime,
  ZPaging,
  ZUnitRef,
  ZUserRef,
  zDate,
  zOptionalText,
  zPage,
  zPositiveFen,
  zText,
} from '../../platform/schemas.js';
import { claimStatuses, flagKinds, lineCategories, preApprovalKinds, preApprovalStatuses } from './tables.js';

export const ZPreApprovalKind = z.enum(preApprovalKinds);
export const ZPreApprovalStatus = z.enum(preApprovalStatuses);
export const ZClaimStatus = z.enum(claimStatuses);
export const ZLineCategory = z.enum(lineCategories);

/** EXP-2: what a pre-approval asks for: the kind, the visit or customer, the estimate and the purpose. */
export const ZPreApprovalCreate = z.object({
  kind: ZPreApprovalKind,
  visitId: z.uuid().nullish(),
  customerId: z.uuid().nullish(),
  estimatedFen: zPositiveFen,
  purpose: zText(1000),
});
export type TPreApprovalCreate = z.output<typeof ZPreApprovalCreate>;

export const ZPreApproval = z.object({
  id: z.uuid(),
  number: z.string(),
  kind: ZPreApprovalKind,
  status: ZPreApprovalStatus,
  user: ZUserRef,
  unit: ZUnitRef,
  visitId: z.uuid().nullable(),
  customer: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  estimatedFen: z.string(),
  purpose: z.string(),
  createdAt: ZDateTime,
  decidedAt: ZDateTime.nullable(),
  /** The approval round waiting for the reader's decision now. */
  requestId: z.uuid().nullable(),
  toReview: z.boolean(),
});
export type TPreApproval = z.infer<typeof ZPreApproval>;

const listCommon = {
  view: z.enum(['mine', 'review', 'all']).default('all'),
  q: z.string().trim().max(100).optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
};
export const ZPreApprovalQuery = ZPaging.extend({
  ...listCommon,
  status: ZPreApprovalStatus.optional(),
  kind: ZPreApprovalKind.optional(),
  sort: z.enum(['createdAt', 'number', 'estimatedFen']).default('createdAt'),
});
export type TPreApprovalQuery = z.output<typeof ZPreApprovalQuery>;
export const ZPreApprovalPage = zPage(ZPreApproval);

/** EXP-3: one line of a claim as the rep enters it (the receipt is uploaded to the line). */
export const ZClaimLineInput = z.object({
  spentOn: zDate,
  category: ZLineCategory,
  amountFen: zPositiveFen,
  invoiceNo: zOptionalText(60),
  merchant: zText(200),
  preApprovalId: z.uuid().nullish(),
  visitId: z.uuid().nullish(),
});
export const ZClaimCreate = z.object({
  note: zOptionalText(1000),
  lines: z.array(ZClaimLineInput).min(1).max(50),
});
export type TClaimCreate = z.output<typeof ZClaimCreate>;

export const ZLineFlag = z.object({
  kind: z.enum(flagKinds),
  lineId: z.uuid().nullable(),
  claimId: z.uuid().nullable(),
  claimNumber: z.string().nullable(),
});

export const ZClaimLine = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  spentOn: z.string(),
  category: ZLineCategory,
  amountFen: z.string(),
  invoiceNo: z.string().nullable(),
  merchant: z.string(),
  preApprovalId: z.uuid().nullable(),
  visitId: z.uuid().nullable(),
  receipt: z.object({ id: z.uuid(), fileName: z.string(), mimeType: z.string() }).nullable(),
  flags: z.array(ZLineFlag),
  flagReason: z.string().nullable(),
  rejectedReason: z.string().nullable(),
});

export const ZClaimRow = z.object({
  id: z.uuid(),
  number: z.string(),
  status: ZClaimStatus,
  user: ZUserRef,
  unit: ZUnitRef,
  totalFen: z.string(),
  lineCount: z.number().int(),
  flagged: z.boolean(),
  overPreApproved: z.boolean(),
  submittedAt: ZDateTime.nullable(),
  approvedAt: ZDateTime.nullable(),
  paidOn: z.string().nullable(),
  createdAt: ZDateTime,
  /** Waiting for the reader's decision now. */
  toReview: z.boolean(),
});
export type TClaimRow = z.infer<typeof ZClaimRow>;

export const ZClaim = ZClaimRow.extend({
  note: z.string().nullable(),
  lines: z.array(ZClaimLine),
  requestId: z.uuid().nullable(),
  /** The stage waiting now: department review, finance approval, or none. */
  stage: z.enum(['review', 'finance']).nullable(),
  can: z.object({
    submit: z.boolean(),
    review: z.boolean(),
    finance: z.boolean(),
    pay: z.boolean(),
  }),
});
export type TClaim = z.infer<typeof ZClaim>;

const claimFilters = {
  ...listCommon,
  view: z.enum(['mine', 'review', 'toPay', 'all']).default('all'),
  status: ZClaimStatus.optional(),
  from: zDate.optional(),
  to: zDate.optional(),
  sort: z.enum(['createdAt', 'number', 'totalFen', 'status']).default('createdAt'),
};
export const ZClaimQuery = ZPaging.extend(claimFilters);
export type TClaimQuery = z.output<typeof ZClaimQuery>;
export const ZClaimPage = zPage(ZClaimRow);

/** Approving at department review: a note, and the reason a flagged line passes (required when any is). */
export const ZClaimApprove = z.object({ note: zOptionalText(1000), flagReason: zOptionalText(1000) });
export const ZClaimReject = z.object({ reason: zText(1000) });
export const ZLineReject = z.object({ reason: zText(1000) });
export const ZLineParams = z.object({ id: z.uuid(), lineId: z.uuid() });
export const ZDecide = z.object({ note: zOptionalText(1000) });
export const ZClaimPay = z.object({ paidOn: zDate });

/** EXP-3: the finance export of a month (claims approved or paid in it, with their lines). */
export const ZClaimExportQuery = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) });
export type TClaimExportQuery = z.output<typeof ZClaimExportQuery>;

/** EXP-1: the expense ratio of people or units for a period. */
export const ZRatioQuery = z.object({
  period: z.string().regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/),
  level: z.enum(['me', 'people', 'units']).default('people'),
});
export type TRatioQuery = z.output<typeof ZRatioQuery>;
export const ZRatioRow = z.object({
  subject: z.object({ type: z.enum(['user', 'unit']), id: z.uuid(), name: z.string() }),
  period: z.string(),
  expenseFen: z.string(),
  salesFen: z.string(),
  /** expense ÷ sales in percent, two decimals; null without sales. */
  ratioPct: z.number().nullable(),
  ceilingPct: z.number(),
  over: z.boolean(),
});
export type TRatioRow = z.infer<typeof ZRatioRow>;
export const ZRatioList = z.object({ items: z.array(ZRatioRow) });
