import { z } from 'zod';
import {
  ZDateTime,
  ZPageQuery,
  ZUnitRef,
  ZUserRef,
  zDate,
  zFen,
  zFenInput,
  zOptionalText,
  zPage,
  zText,
} from '../../platform/schemas.js';
import { quoteStatuses } from './tables.js';

export const ZQuoteStatus = z.enum(quoteStatuses);

/** Q2C-2: one line as offered: a copy of the product's prices then, the net unit price, the computed discount. */
export const ZQuoteLine = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  productId: z.uuid(),
  productCode: z.string(),
  productName: z.string(),
  unit: z.string(),
  quantity: z.number().int(),
  listPriceFen: z.string(),
  floorPriceFen: z.string(),
  unitPriceFen: z.string(),
  /** (list − unit) ÷ list in basis points, rounded up (1000 = 10%); negative above list. */
  discountBp: z.number().int(),
  amountFen: z.string(),
  /** The unit price is under the floor price (Q2C-2: needs approval). */
  belowFloor: z.boolean(),
  remark: z.string().nullable(),
});

/** A quote as lists show it. Money is fen as digit strings; totals include VAT. */
export const ZQuoteSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  customer: z.object({ id: z.uuid(), name: z.string() }),
  opportunity: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  owner: ZUserRef,
  unit: ZUnitRef,
  /** The effective status: `expired` once past validUntil unless accepted or declined (Q2C-3). */
  status: ZQuoteStatus,
  taxRatePct: z.number().int(),
  validUntil: z.iso.date(),
  /** Σ list price × quantity. */
  listTotalFen: z.string(),
  /** Amount due, tax included (Σ line amounts). */
  totalFen: z.string(),
  /** The VAT contained in the total. */
  taxFen: z.string(),
  /** Total less tax. */
  netTotalFen: z.string(),
  maxDiscountBp: z.number().int(),
  belowFloor: z.boolean(),
  remark: z.string().nullable(),
  sentAt: ZDateTime.nullable(),
  decidedAt: ZDateTime.nullable(),
  contractId: z.uuid().nullable(),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
});
export const ZQuotePage = zPage(ZQuoteSummary);

/** What the signed-in user may do with the quote now (the server decides; the screen shows buttons). */
export const ZQuoteActions = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  send: z.boolean(),
  accept: z.boolean(),
  decline: z.boolean(),
  /** Draft a contract from it (accepted, no contract yet). */
  contract: z.boolean(),
});

export const ZQuote = ZQuoteSummary.extend({
  lines: z.array(ZQuoteLine),
  /** The owner's own discount limit (%), from the policy in force now: above it the superior approves (Q2C-2). */
  discountLimitPct: z.number().int(),
  /** Above this discount (%) the sales director approves too (Q2C-2). */
  directorDiscountPct: z.number().int(),
  /** The latest approval round of the quote, if it was ever submitted. */
  approval: z
    .object({ requestId: z.uuid(), status: z.enum(['pending', 'approved', 'rejected', 'withdrawn']) })
    .nullable(),
  actions: ZQuoteActions,
});

export const ZQuoteLineInput = z.object({
  productId: z.uuid(),
  quantity: z.number().int().min(1).max(1_000_000),
  /** Net unit price offered, tax included; omitted = the product's list price. */
  unitPriceFen: zFen.optional(),
  remark: zOptionalText(200),
});

export const ZQuoteCreate = z.object({
  /** A customer the actor can read. */
  customerId: z.uuid(),
  /** An opportunity of the same customer the actor can read. */
  opportunityId: z.uuid().nullish(),
  /** Default: today + policy quote.validityDays. Not in the past. */
  validUntil: zDate.optional(),
  remark: zOptionalText(2000),
  lines: z.array(ZQuoteLineInput).max(200).default([]),
});

/** Edit a draft or rejected quote; `lines` replaces all lines. */
export const ZQuoteUpdate = z.object({
  opportunityId: z.uuid().nullish(),
  validUntil: zDate.optional(),
  remark: zOptionalText(2000),
  lines: z.array(ZQuoteLineInput).max(200).optional(),
});

export const ZQuoteListQuery = ZPageQuery.extend({
  /** Number or customer name contains. */
  q: z.string().trim().max(100).optional(),
  status: ZQuoteStatus.optional(),
  customerId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  sort: z.enum(['createdAt', 'totalFen', 'validUntil', 'number']).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});

/** Q2C-4: an order intent (订单意向) reported to the supervisor. */
export const ZOrderIntent = z.object({
  id: z.uuid(),
  customer: z.object({ id: z.uuid(), name: z.string() }),
  quote: z.object({ id: z.uuid(), number: z.string() }).nullable(),
  owner: ZUserRef,
  unit: ZUnitRef,
  supervisor: ZUserRef.nullable(),
  expectedAmountFen: z.string().nullable(),
  expectedOrderDate: z.iso.date().nullable(),
  note: z.string(),
  reportedAt: ZDateTime,
  acknowledgedAt: ZDateTime.nullable(),
  acknowledgedBy: ZUserRef.nullable(),
  ackComment: z.string().nullable(),
  /** The signed-in user may acknowledge it (the supervisor it was reported to, or above; not yet acknowledged). */
  canAcknowledge: z.boolean(),
});
export const ZOrderIntentPage = zPage(ZOrderIntent);

export const ZOrderIntentCreate = z.object({
  customerId: z.uuid(),
  quoteId: z.uuid().nullish(),
  expectedAmountFen: zFenInput,
  expectedOrderDate: zDate.nullish(),
  note: zText(2000),
});

export const ZOrderIntentAck = z.object({ comment: zOptionalText(1000) });

export const ZOrderIntentListQuery = ZPageQuery.extend({
  /** open: not acknowledged yet; acknowledged: done. */
  status: z.enum(['open', 'acknowledged']).optional(),
  customerId: z.uuid().optional(),
  /** Only those reported to me. */
  toMe: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});

export type TQuoteStatus = z.infer<typeof ZQuoteStatus>;
export type TQuoteLine = z.infer<typeof ZQuoteLine>;
export type TQuoteSummary = z.infer<typeof ZQuoteSummary>;
export type TQuotePage = z.infer<typeof ZQuotePage>;
export type TQuoteActions = z.infer<typeof ZQuoteActions>;
export type TQuote = z.infer<typeof ZQuote>;
export type TQuoteLineInput = z.input<typeof ZQuoteLineInput>;
export type TQuoteCreate = z.input<typeof ZQuoteCreate>;
export type TQuoteUpdate = z.input<typeof ZQuoteUpdate>;
export type TQuoteListQuery = z.input<typeof ZQuoteListQuery>;
export type TOrderIntent = z.infer<typeof ZOrderIntent>;
export type TOrderIntentPage = z.infer<typeof ZOrderIntentPage>;
export type TOrderIntentCreate = z.input<typeof ZOrderIntentCreate>;
export type TOrderIntentAck = z.input<typeof ZOrderIntentAck>;
export type TOrderIntentListQuery = z.input<typeof ZOrderIntentListQuery>;
