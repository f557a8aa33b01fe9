import { z } from 'zod';
import { ZFileMeta } from '../../platform/files/schemas.js';
import {
  ZDateTime,
  ZPageQuery,
  ZUnitRef,
  ZUserRef,
  zDate,
  zFenInput,
  zOptionalText,
  zPage,
  zText,
} from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';
import { visitPurposeCodes } from './policies.js';
import { locationStatuses, visitStatuses } from './tables.js';

export const ZVisitPurpose = z.enum(visitPurposeCodes);
export const ZVisitStatus = z.enum(visitStatuses);
export const ZLocationStatus = z.enum(locationStatuses);
export const ZPreApproval = z.enum(['none', 'pending', 'approved', 'rejected']);

/**
 * VIS-4: an ad hoc visit — the customer, why, when (the company's today when not given), how long
 * (预定停留时数, in minutes), a note.
 */
export const ZVisitCreate = z.object({
  customerId: z.uuid(),
  purpose: ZVisitPurpose,
  plannedOn: zDate.optional(),
  plannedMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  note: zOptionalText(1000),
});

/**
 * VIS-4: before the visit — the customer contacted (whom, when), the items to carry, the
 * expense (fen), a gift and entertainment. Expense, gift or entertainment need pre-approval.
 */
export const ZVisitPrepare = z.object({
  contactName: zText(100),
  contactedAt: ZDateTime,
  itemsToCarry: zOptionalText(1000),
  expenseFen: zFenInput,
  giftNote: zOptionalText(500),
  entertainmentNote: zOptionalText(500),
});

/**
 * VIS-4: where the phone was at check-in or check-out. With `ok` the position (degrees) and its
 * accuracy (metres) are required; with `denied` (the person refused) or `unavailable` (no fix, a
 * timeout) there are none — never a made-up position. The pairing is checked by the use case.
 */
export const ZVisitLocation = z.object({
  location: ZLocationStatus,
  lat: z.number().min(-90).max(90).nullish(),
  lng: z.number().min(-180).max(180).nullish(),
  accuracyM: z.number().min(0).max(1_000_000).nullish(),
});
export const ZVisitCheckIn = ZVisitLocation;
export const ZVisitCheckOut = ZVisitLocation.extend({ outcome: zText(2000) });

export const ZVisitCancel = z.object({ reason: zText(500) });

/** VIS-4: a person met — a contact of the customer, or a name and title typed in. */
export const ZVisitPersonAdd = z
  .object({
    contactId: z.uuid().nullish(),
    name: zOptionalText(100),
    title: zOptionalText(100),
  })
  .superRefine((v, ctx) => {
    if (!v.contactId && !v.name) ctx.addIssue({ code: 'custom', path: ['name'], message: vmsg('required') });
  });
export const ZVisitPersonParams = z.object({ id: z.uuid(), personId: z.uuid() });

export const ZVisitPerson = z.object({
  id: z.uuid(),
  contactId: z.uuid().nullable(),
  name: z.string(),
  title: z.string().nullable(),
});

/** A check-in or check-out: the server's time, and the position or why there is none. */
export const ZVisitStamp = z.object({
  at: ZDateTime,
  location: ZLocationStatus,
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  accuracyM: z.number().int().nullable(),
});

const ZVisitCustomer = z.object({ id: z.uuid(), name: z.string() });

export const ZVisitListItem = z.object({
  id: z.uuid(),
  rep: ZUserRef,
  customer: ZVisitCustomer,
  purpose: ZVisitPurpose,
  status: ZVisitStatus,
  plannedOn: zDate,
  plannedMinutes: z.number().int(),
  /** From an approved plan line (VIS-1), else ad hoc. */
  planned: z.boolean(),
  preApproval: ZPreApproval,
  checkInAt: ZDateTime.nullable(),
  checkOutAt: ZDateTime.nullable(),
  /** Time spent: check-out minus check-in, in minutes. */
  minutesSpent: z.number().int().nullable(),
});
export const ZVisitPage = zPage(ZVisitListItem);

export const ZVisit = ZVisitListItem.extend({
  unit: ZUnitRef,
  planLineId: z.uuid().nullable(),
  note: z.string().nullable(),
  contactName: z.string().nullable(),
  contactedAt: ZDateTime.nullable(),
  itemsToCarry: z.string().nullable(),
  expenseFen: z.string().nullable(),
  giftNote: z.string().nullable(),
  entertainmentNote: z.string().nullable(),
  /** VIS-4: expense, gift or entertainment is asked for, so the preparation needs pre-approval. */
  preApprovalNeeded: z.boolean(),
  checkIn: ZVisitStamp.nullable(),
  checkOut: ZVisitStamp.nullable(),
  outcome: z.string().nullable(),
  /** The reason a person gave for cancelling; null when the plan's change cancelled it. */
  cancelReason: z.string().nullable(),
  /** Cancelled because the line left the approved plan (VIS-1/VIS-2). */
  cancelledByPlan: z.boolean(),
  people: z.array(ZVisitPerson),
  photos: z.array(ZFileMeta),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
  /** What the signed-in user may do with the visit now (the server decides; the page shows buttons). */
  actions: z.object({
    prepare: z.boolean(),
    checkIn: z.boolean(),
    checkOut: z.boolean(),
    cancel: z.boolean(),
    people: z.boolean(),
    photos: z.boolean(),
  }),
});

/** VIS-3: the purposes the company uses now (policy visit.purposes), for the forms. */
export const ZVisitPurposes = z.object({ purposes: z.array(ZVisitPurpose) });

export const ZVisitQuery = ZPageQuery.extend({
  repId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  status: ZVisitStatus.optional(),
  purpose: ZVisitPurpose.optional(),
  from: zDate.optional(),
  to: zDate.optional(),
  /** Only the visits planned for the company's today on the business clock. */
  today: z.enum(['true', 'false']).default('false'),
  sort: z.enum(['plannedOn', 'checkInAt', 'createdAt']).default('plannedOn'),
});

export type TVisitCreate = z.output<typeof ZVisitCreate>;
export type TVisitPrepare = z.output<typeof ZVisitPrepare>;
export type TVisitLocation = z.output<typeof ZVisitLocation>;
export type TVisitCheckOut = z.output<typeof ZVisitCheckOut>;
export type TVisitPersonAdd = z.output<typeof ZVisitPersonAdd>;
export type TVisitQuery = z.output<typeof ZVisitQuery>;
export type TVisit = z.infer<typeof ZVisit>;
export type TVisitListItem = z.infer<typeof ZVisitListItem>;
export type TVisitPage = z.infer<typeof ZVisitPage>;
