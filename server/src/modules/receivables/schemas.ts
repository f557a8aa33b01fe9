import { z } from 'zod';
import {
  ZCursor,
  ZDateTime,
  ZPageQuery,
  ZUnitRef,
  ZUserRef,
  zCursorPage,
  zDate,
  zOptionalText,
  zPage,
  zPositiveFen,
  zText,
} from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';
import { invoiceKinds, paymentMethods, paymentStatuses } from './tables.js';

// ── AR-1: the payment plan ─────────────────────────────────────────────────────────────

export const ZInstalmentStatus = z.enum(['paid', 'not_due', 'due_soon', 'overdue']);

/** One instalment in force, with what counts against it (AR-4) and its status today (company calendar). */
export const ZInstalment = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  planVersion: z.number().int(),
  dueDate: z.iso.date(),
  amountFen: z.string(),
  /** Confirmed payments, credit notes and write-offs: the money that counts. */
  confirmedFen: z.string(),
  /** Reserved by payments that finance has not confirmed yet. */
  pendingFen: z.string(),
  /** amount − confirmed. */
  openFen: z.string(),
  status: ZInstalmentStatus,
  /** Days past the due date when overdue, else 0. */
  daysOverdue: z.number().int(),
  origin: z.enum(['signing', 'supplement', 'plan_change']),
});

export const ZPlanChangeStatus = z.enum(['draft', 'reviewing', 'approved', 'rejected']);

export const ZPlan = z.object({
  contractId: z.uuid(),
  contractNumber: z.string(),
  customer: z.object({ id: z.uuid(), name: z.string() }),
  /** The company date the statuses are computed for. */
  today: z.iso.date(),
  instalments: z.array(ZInstalment),
  /**
   * What a plan change may re-spread (AR-1): the open part of the instalments in force that no
   * pending payment reserves. New instalments must add up to exactly this.
   */
  changeableFen: z.string(),
  /** The plan change under review, if any. */
  pendingChangeId: z.uuid().nullable(),
});

/** A contract's money at a glance: contract amount, invoiced, collected, pending, outstanding. */
export const ZContractMoney = z.object({
  contractId: z.uuid(),
  /** Main contract amount plus the deltas of its signed supplements. */
  contractAmountFen: z.string(),
  invoicedFen: z.string(),
  /** Confirmed payments (and applied customer credit) settled against the contract's instalments. */
  collectedFen: z.string(),
  /** Payments recorded but not confirmed by finance yet. */
  pendingFen: z.string(),
  /** Credit notes from returns and reductions. */
  creditNotesFen: z.string(),
  writtenOffFen: z.string(),
  /** Open on the plan in force (not yet settled). */
  outstandingFen: z.string(),
});

export const ZPlannedInstalmentInput = z.object({
  dueDate: zDate,
  amountFen: zPositiveFen,
});

export const ZPlanChangeCreate = z.object({
  instalments: z
    .array(ZPlannedInstalmentInput)
    .min(1, { error: vmsg('required') })
    .max(60),
  reason: zText(500),
});

export const ZPlanChange = z.object({
  id: z.uuid(),
  contractId: z.uuid(),
  contractNumber: z.string(),
  customer: z.object({ id: z.uuid(), name: z.string() }),
  proposed: z.array(z.object({ dueDate: z.iso.date(), amountFen: z.string() })),
  reason: z.string(),
  status: ZPlanChangeStatus,
  requestedBy: ZUserRef,
  createdAt: ZDateTime,
});

// ── AR-2/AR-3/AR-4/AR-7: payments ─────────────────────────────────────────────────────

export const ZPaymentMethod = z.enum(paymentMethods);
export const ZPaymentStatus = z.enum(paymentStatuses);

export const ZAllocationInput = z.object({ instalmentId: z.uuid(), amountFen: zPositiveFen });

export const ZPaymentCreate = z.object({
  customerId: z.uuid(),
  contractId: z.uuid().nullish(),
  method: ZPaymentMethod,
  amountFen: zPositiveFen,
  receivedOn: zDate,
  payer: zText(200),
  voucherNo: zOptionalText(100),
  remark: zOptionalText(2000),
  /** A manual split over instalments; none = oldest due first. */
  allocations: z.array(ZAllocationInput).max(100).optional(),
});

/** The optional Idempotency-Key header of a create (AR-2: a retry or double click creates one payment). */
export const ZIdempotencyHeaders = z.looseObject({
  'idempotency-key': z.string().trim().min(1).max(200).optional(),
});

export const ZPaymentAllocation = z.object({
  instalmentId: z.uuid(),
  seq: z.number().int(),
  dueDate: z.iso.date(),
  contractId: z.uuid(),
  contractNumber: z.string(),
  amountFen: z.string(),
  confirmed: z.boolean(),
  released: z.boolean(),
});

export const ZPayment = z.object({
  id: z.uuid(),
  number: z.string(),
  kind: z.enum(['receipt', 'reversal']),
  reversalOfId: z.uuid().nullable(),
  /** The reversal of this receipt, if it was reversed. */
  reversedById: z.uuid().nullable(),
  customer: z.object({ id: z.uuid(), name: z.string() }),
  contract: z.object({ id: z.uuid(), number: z.string() }).nullable(),
  owner: ZUserRef,
  unit: ZUnitRef,
  method: ZPaymentMethod,
  amountFen: z.string(),
  unallocatedFen: z.string(),
  receivedOn: z.iso.date(),
  payer: z.string(),
  voucherNo: z.string().nullable(),
  status: ZPaymentStatus,
  confirmedAt: ZDateTime.nullable(),
  confirmedBy: ZUserRef.nullable(),
  rejectReason: z.string().nullable(),
  remark: z.string().nullable(),
  attachmentCount: z.number().int(),
  createdAt: ZDateTime,
  createdBy: ZUserRef.nullable(),
});
export const ZPaymentPage = zCursorPage(ZPayment);

export const ZPaymentDetail = ZPayment.extend({
  allocations: z.array(ZPaymentAllocation),
  /** AR-4: whether the person who recorded the payment may confirm it (policy ar.confirmOwnPayment). */
  recorderMayConfirm: z.boolean(),
});

export const ZPaymentFilters = z.object({
  status: ZPaymentStatus.optional(),
  method: ZPaymentMethod.optional(),
  kind: z.enum(['receipt', 'reversal']).optional(),
  customerId: z.uuid().optional(),
  contractId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  receivedFrom: zDate.optional(),
  receivedTo: zDate.optional(),
  q: z.string().trim().max(100).optional(),
});

export const ZPaymentListQuery = ZPageQuery.extend(ZPaymentFilters.shape)
  .extend(ZCursor.shape)
  .extend({
    sort: z.enum(['receivedOn', 'amountFen', 'createdAt', 'number']).default('createdAt'),
    order: z.enum(['asc', 'desc']).default('desc'),
  });

export const ZReasonBody = z.object({ reason: zText(500) });

/** AR-4: finance confirms several pending payments at once; each is still checked on its own. */
export const ZPaymentConfirmBatch = z.object({
  /** A payment named twice is confirmed once. */
  ids: z.array(z.uuid()).min(1).max(100),
});

/** Which payments were confirmed and which refused, with the reason in the user's language. */
export const ZPaymentConfirmBatchResult = z.object({
  confirmed: z.array(z.object({ id: z.uuid(), number: z.string() })),
  refused: z.array(z.object({ id: z.uuid(), code: z.string(), message: z.string() })),
});
export type TPaymentConfirmBatchResult = z.infer<typeof ZPaymentConfirmBatchResult>;

/** AR-2/AR-4: what the payment form offers for a customer: the usual payer and the open contracts. */
export const ZPaymentChoices = z.object({
  /** The payer of the customer's latest payment, else the customer's name. */
  payer: z.string(),
  contracts: z.array(
    z.object({
      id: z.uuid(),
      number: z.string(),
      signedOn: z.iso.date().nullable(),
      /** The amount in force (with signed supplements). */
      amountFen: z.string(),
      /** Not yet collected (confirmed) on the instalments in force. */
      outstandingFen: z.string(),
      /** Recorded and awaiting finance's confirmation. */
      pendingFen: z.string(),
      /** What a new payment may still settle: outstanding less pending. */
      openFen: z.string(),
    }),
  ),
});
export type TPaymentChoices = z.infer<typeof ZPaymentChoices>;

export const paymentFilePurposes = ['remittance_slip', 'voucher', 'other'] as const;

// ── Customer credit (overpayments, unapplied credit notes) ────────────────────────────

export const ZCreditEntry = z.object({
  id: z.uuid(),
  amountFen: z.string(),
  kind: z.string(),
  refType: z.string().nullable(),
  refId: z.uuid().nullable(),
  at: ZDateTime,
});
export const ZCreditBalance = z.object({
  customerId: z.uuid(),
  balanceFen: z.string(),
  entries: z.array(ZCreditEntry),
});
export const ZApplyCredit = z.object({ contractId: z.uuid().nullish() });
export const ZApplyCreditResult = z.object({
  appliedFen: z.string(),
  balanceFen: z.string(),
  allocations: z.array(z.object({ instalmentId: z.uuid(), contractId: z.uuid(), amountFen: z.string() })),
});

// ── AR-3: invoices ──────────────────────────────────────────────────────────────────────

export const ZInvoiceKind = z.enum(invoiceKinds);

export const ZInvoiceCreate = z.object({
  contractId: z.uuid(),
  fapiaoNo: zText(40),
  kind: ZInvoiceKind,
  amountFen: zPositiveFen,
  issuedOn: zDate,
  remark: zOptionalText(2000),
});

export const ZInvoice = z.object({
  id: z.uuid(),
  contract: z.object({ id: z.uuid(), number: z.string() }),
  customer: z.object({ id: z.uuid(), name: z.string() }),
  fapiaoNo: z.string(),
  kind: ZInvoiceKind,
  amountFen: z.string(),
  issuedOn: z.iso.date(),
  remark: z.string().nullable(),
  createdAt: ZDateTime,
  createdBy: ZUserRef.nullable(),
});
export const ZInvoicePage = zPage(ZInvoice);
export const ZInvoiceListQuery = ZPageQuery.extend({
  contractId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});

export type TInstalment = z.infer<typeof ZInstalment>;
export type TInstalmentStatus = z.infer<typeof ZInstalmentStatus>;
export type TPlan = z.infer<typeof ZPlan>;
export type TContractMoney = z.infer<typeof ZContractMoney>;
export type TPlanChangeCreate = z.infer<typeof ZPlanChangeCreate>;
export type TPlanChange = z.infer<typeof ZPlanChange>;
export type TPaymentMethod = z.infer<typeof ZPaymentMethod>;
export type TPaymentStatus = z.infer<typeof ZPaymentStatus>;
export type TPaymentCreate = z.infer<typeof ZPaymentCreate>;
export type TPayment = z.infer<typeof ZPayment>;
export type TPaymentPage = z.infer<typeof ZPaymentPage>;
export type TPaymentDetail = z.infer<typeof ZPaymentDetail>;
export type TPaymentAllocation = z.infer<typeof ZPaymentAllocation>;
export type TPaymentListQuery = z.input<typeof ZPaymentListQuery>;
export type TCreditBalance = z.infer<typeof ZCreditBalance>;
export type TApplyCreditResult = z.infer<typeof ZApplyCreditResult>;
export type TInvoice = z.infer<typeof ZInvoice>;
export type TInvoiceKind = z.infer<typeof ZInvoiceKind>;
export type TInvoiceCreate = z.infer<typeof ZInvoiceCreate>;
export type TInvoicePage = z.infer<typeof ZInvoicePage>;
export type TInvoiceListQuery = z.input<typeof ZInvoiceListQuery>;
export type TPaymentFilePurpose = (typeof paymentFilePurposes)[number];

const ZStoredAmounts = z.object({
  settledFen: z.string(),
  collectedFen: z.string(),
  reservedFen: z.string(),
});

/** AR-4: the reconciliation of the instalments' stored amounts with their settlements. */
export const ZAmountsVerify = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  mismatchCount: z.number().int(),
  /** The first 100 instalments whose stored amounts differ from the sums of their settlements. */
  mismatches: z.array(
    z.object({ instalmentId: z.string(), stored: ZStoredAmounts, computed: ZStoredAmounts }),
  ),
});
