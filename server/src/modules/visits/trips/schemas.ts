import { z } from 'zod';
import {
  ZPageQuery,
  ZUnitRef,
  ZUserRef,
  zDate,
  zOptionalText,
  zPage,
  zText,
} from '../../../platform/schemas.js';
import { vmsg } from '../../../platform/validation-messages.js';
import { tripStatuses } from '../tables.js';

/** OPS-1: a business trip (出差) as the rep records it. */
export const ZTripCreate = z
  .object({
    departsOn: zDate,
    returnsOn: zDate,
    destination: zText(200),
    purpose: zText(1000),
  })
  .superRefine((t, c) => {
    if (t.returnsOn < t.departsOn)
      c.addIssue({ code: 'custom', path: ['returnsOn'], message: vmsg('dateOrder') });
  });
export type TTripCreate = z.infer<typeof ZTripCreate>;

export const ZTripCancel = z.object({ reason: zText(500) });
export type TTripCancel = z.infer<typeof ZTripCancel>;

export const ZTrip = z.object({
  id: z.uuid(),
  rep: ZUserRef,
  unit: ZUnitRef,
  departsOn: z.string(),
  returnsOn: z.string(),
  destination: z.string(),
  purpose: z.string(),
  status: z.enum(tripStatuses),
  returnedAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  createdAt: z.string(),
  /** What the actor may do with it now. */
  actions: z.object({ markReturned: z.boolean(), cancel: z.boolean() }),
});
export type TTrip = z.infer<typeof ZTrip>;

export const tripSortKeys = ['departsOn', 'createdAt'] as const;

export const ZTripQuery = ZPageQuery.extend({
  sort: z.enum(tripSortKeys).default('departsOn'),
  order: z.enum(['asc', 'desc']).default('desc'),
  status: z.enum(tripStatuses).optional(),
  repId: z.uuid().optional(),
  /** Trips covering this day. */
  day: zDate.optional(),
  q: zOptionalText(100),
});
export type TTripQuery = z.infer<typeof ZTripQuery>;

export const ZTripPage = zPage(ZTrip);
