import { z } from 'zod';
import { ZFileMeta } from '../../platform/files/schemas.js';
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
import { contractKinds, contractStatuses } from './tables.js';

export const ZContractKind = z.enum(contractKinds);
export const ZContractStatus = z.enum(contractStatuses);

/** CUS-9: why the credit step was added at submission, with the figures it was decided on. */
export const ZCreditCheck = z.object({
  limitFen: z.string().nullable(),
  outstandingFen: z.string(),
  overdueFen: z.string(),
  amountFen: z.string(),
  /** `over_limit`: outstanding + this contract above the limit; `overdue`: the customer has overdue debt. */
  reasons: z.array(z.enum(['over_limit', 'overdue'])),
  /** The company date the figures are of. */
  asOf: z.iso.date(),
});

export const ZPlannedInstalment = z.object({ dueDate: z.iso.date(), amountFen: z.string() });

/** A contract as lists show it. Money is fen as digit strings (a supplement's delta may be negative). */
export const ZContractItem = z.object({
  id: z.uuid(),
  number: z.string(),
  kind: ZContractKind,
  status: ZContractStatus,
  title: z.string(),
  customer: z.object({ id: z.uuid(), name: z.string() }),
  mainContract: z.object({ id: z.uuid(), number: z.string() }).nullable(),
  amountFen: z.string(),
  deltaFen: z.string().nullable(),
  signedOn: z.iso.date().nullable(),
  owner: ZUserRef,
  unit: ZUnitRef,
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
});
export const ZContractPage = zPage(ZContractItem);

/** What the signed-in user may do with the contract now (the server decides; the page shows the buttons). */
export const ZContractActions = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  uploadScan: z.boolean(),
  removeScan: z.boolean(),
  enter: z.boolean(),
  verify: z.boolean(),
  returnEntry: z.boolean(),
  createSupplement: z.boolean(),
});

export const ZContract = ZContractItem.extend({
  quoteId: z.uuid().nullable(),
  startDate: z.iso.date().nullable(),
  endDate: z.iso.date().nullable(),
  paymentTerms: z.string().nullable(),
  remark: z.string().nullable(),
  /** Main contract: its amount plus the deltas of its signed supplements. Others: their own amount. */
  effectiveAmountFen: z.string(),
  creditCheck: ZCreditCheck.nullable(),
  plannedInstalments: z.array(ZPlannedInstalment).nullable(),
  enteredAt: ZDateTime.nullable(),
  enteredBy: ZUserRef.nullable(),
  verifiedAt: ZDateTime.nullable(),
  verifiedBy: ZUserRef.nullable(),
  signedAt: ZDateTime.nullable(),
  supplements: z.array(ZContractItem),
  scans: z.array(ZFileMeta),
  actions: ZContractActions,
});

export const ZContractListQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  kind: ZContractKind.optional(),
  status: ZContractStatus.optional(),
  customerId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  mainContractId: z.uuid().optional(),
  signedFrom: zDate.optional(),
  signedTo: zDate.optional(),
  sort: z.enum(['updatedAt', 'amountFen', 'signedOn', 'number']).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});

const terms = {
  title: zText(200),
  startDate: zDate.nullish(),
  endDate: zDate.nullish(),
  paymentTerms: zOptionalText(2000),
  remark: zOptionalText(2000),
};

/**
 * Q2C-5: a letter of intent or main contract for a customer; a main contract drafted from an
 * accepted quote (prefilled from it); or a supplement to a signed main contract with the signed
 * change of its amount (`deltaFen`, e.g. "-50000"; checked by the use case: digits, not zero).
 */
export const ZContractCreate = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('intent'),
    customerId: z.uuid(),
    amountFen: zFen,
    ...terms,
  }),
  z.object({
    kind: z.literal('main'),
    customerId: z.uuid().optional(),
    quoteId: z.uuid().optional(),
    amountFen: zFen.optional(),
    ...terms,
    title: zText(200).optional(),
  }),
  z.object({
    kind: z.literal('supplement'),
    mainContractId: z.uuid(),
    deltaFen: z.string().trim().max(20),
    title: zText(200),
    remark: zOptionalText(2000),
  }),
]);

export const ZContractUpdate = z.object({
  title: zText(200).optional(),
  amountFen: zFen.optional(),
  deltaFen: z.string().trim().max(20).optional(),
  startDate: zDate.nullish(),
  endDate: zDate.nullish(),
  paymentTerms: zOptionalText(2000),
  remark: zOptionalText(2000),
});

/** Q2C-7/AR-1: the signing data the assistant enters; an optional agreed split of the amount. */
export const ZContractEnter = z.object({
  signedOn: zDate,
  instalments: z
    .array(z.object({ dueDate: zDate, amountFen: zFen }))
    .max(60)
    .optional(),
});

export const ZContractReturnEntry = z.object({ reason: zText(500) });

export type TContractKind = z.infer<typeof ZContractKind>;
export type TContractStatus = z.infer<typeof ZContractStatus>;
export type TCreditCheck = z.infer<typeof ZCreditCheck>;
export type TContractItem = z.infer<typeof ZContractItem>;
export type TContractPage = z.infer<typeof ZContractPage>;
export type TContract = z.infer<typeof ZContract>;
export type TContractActions = z.infer<typeof ZContractActions>;
export type TContractListQuery = z.input<typeof ZContractListQuery>;
export type TContractCreate = z.input<typeof ZContractCreate>;
export type TContractUpdate = z.input<typeof ZContractUpdate>;
export type TContractEnter = z.input<typeof ZContractEnter>;
export type TContractReturnEntry = z.input<typeof ZContractReturnEntry>;
export type TPlannedInstalment = z.infer<typeof ZPlannedInstalment>;
