import { z } from 'zod';
import {
  ZDateTime,
  ZPaging,
  ZUnitRef,
  ZUserRef,
  zOptionalText,
  zPage,
  zText,
} from '../../platform/schemas.js';
import { sealRequestStatuses, sealStatuses } from './tables.js';

export const ZSealStatus = z.enum(sealStatuses);
export const ZSealRequestStatus = z.enum(sealRequestStatuses);

/** Q2C-9: a seal in the register, with its custodian and, when out, who has it since when. */
export const ZSeal = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.string(),
  custodian: ZUserRef,
  status: ZSealStatus,
  remark: z.string().nullable(),
  holder: ZUserRef.nullable(),
  outSince: ZDateTime.nullable(),
  createdAt: ZDateTime,
});
export const ZSealList = z.object({ items: z.array(ZSeal) });

export const ZSealCreate = z.object({
  name: zText(100),
  /** contract (经济合同章), company (公章), finance … free text. */
  kind: zText(50),
  custodianId: z.uuid(),
  remark: zOptionalText(500),
});

/** Q2C-9: a request to use a seal (用印申请). */
export const ZSealRequest = z.object({
  id: z.uuid(),
  seal: z.object({ id: z.uuid(), name: z.string() }),
  contract: z.object({ id: z.uuid(), number: z.string() }).nullable(),
  purpose: z.string(),
  requester: ZUserRef,
  unit: ZUnitRef,
  status: ZSealRequestStatus,
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
  /** The requester may submit it now (a draft, or rejected and to go again). */
  canSubmit: z.boolean(),
});
export const ZSealRequestPage = zPage(ZSealRequest);

export const ZSealRequestQuery = ZPaging.extend({
  /** `mine`: my own requests; `all`: every request I may see (seal:read: all of them). */
  whose: z.enum(['mine', 'all']).default('mine'),
  status: ZSealRequestStatus.optional(),
  sealId: z.uuid().optional(),
  userId: z.uuid().optional(),
});

export const ZSealRequestCreate = z.object({
  sealId: z.uuid(),
  contractId: z.uuid().nullish(),
  purpose: zText(500),
});

export const ZSealCheckOut = z.object({
  /** Who takes the seal. */
  userId: z.uuid(),
  /** The approved request it leaves under; without one the check-out is a violation. */
  requestId: z.uuid().nullish(),
  note: zOptionalText(500),
});
export const ZSealReturn = z.object({ note: zOptionalText(500) });

export const ZSealLogEntry = z.object({
  id: z.uuid(),
  action: z.enum(['check_out', 'return']),
  user: ZUserRef,
  requestId: z.uuid().nullable(),
  violation: z.boolean(),
  note: z.string().nullable(),
  at: ZDateTime,
  actor: ZUserRef.nullable(),
});
export const ZSealLog = z.object({ items: z.array(ZSealLogEntry) });

export const ZSealViolation = z.object({
  id: z.uuid(),
  seal: z.object({ id: z.uuid(), name: z.string() }),
  user: ZUserRef,
  description: z.string(),
  harm: z.boolean(),
  harmNote: z.string().nullable(),
  at: ZDateTime,
  actor: ZUserRef.nullable(),
});
export const ZSealViolationPage = zPage(ZSealViolation);

/** Q2C-9: the custodian records a seal taken without approval (the discipline module fines it; a harm note adds the harm fine). */
export const ZSealViolationCreate = z.object({
  sealId: z.uuid(),
  /** Who took the seal. */
  userId: z.uuid(),
  description: zText(500),
  harmNote: zOptionalText(500),
});
export const ZSealViolationHarm = z.object({ harmNote: zText(500) });
export const ZSealViolationQuery = ZPaging.extend({ userId: z.uuid().optional() });

/** The result of a check-out: the log entry, and whether it was a violation. */
export const ZSealCheckOutResult = z.object({ seal: ZSeal, entry: ZSealLogEntry });

export type TSeal = z.infer<typeof ZSeal>;
export type TSealList = z.infer<typeof ZSealList>;
export type TSealCreate = z.input<typeof ZSealCreate>;
export type TSealRequest = z.infer<typeof ZSealRequest>;
export type TSealRequestPage = z.infer<typeof ZSealRequestPage>;
export type TSealRequestQuery = z.input<typeof ZSealRequestQuery>;
export type TSealRequestCreate = z.input<typeof ZSealRequestCreate>;
export type TSealCheckOut = z.input<typeof ZSealCheckOut>;
export type TSealReturn = z.input<typeof ZSealReturn>;
export type TSealLogEntry = z.infer<typeof ZSealLogEntry>;
export type TSealLog = z.infer<typeof ZSealLog>;
export type TSealViolation = z.infer<typeof ZSealViolation>;
export type TSealViolationPage = z.infer<typeof ZSealViolationPage>;
export type TSealViolationCreate = z.input<typeof ZSealViolationCreate>;
export type TSealCheckOutResult = z.infer<typeof ZSealCheckOutResult>;
export type TSealStatus = z.infer<typeof ZSealStatus>;
export type TSealRequestStatus = z.infer<typeof ZSealRequestStatus>;
