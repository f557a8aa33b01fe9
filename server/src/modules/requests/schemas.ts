import { z } from 'zod';
import {
  ZDateTime,
  ZPageQuery,
  ZUnitRef,
  ZUserRef,
  zFenInput,
  zPage,
  zText,
} from '../../platform/schemas.js';

export const ZRequestStatus = z.enum(['draft', 'pending', 'approved', 'rejected', 'withdrawn']);

export const ZGeneralRequest = z.object({
  id: z.uuid(),
  title: z.string(),
  content: z.string(),
  amountFen: z.string().nullable(),
  status: ZRequestStatus,
  owner: ZUserRef,
  unit: ZUnitRef,
  /** The server says whether the asking user may edit it now (owner, not pending, not approved). */
  canEdit: z.boolean(),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
});
export const ZGeneralRequestPage = zPage(ZGeneralRequest);

export const ZGeneralRequestQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  status: ZRequestStatus.optional(),
  /** `mine`: only my own; `all`: everything in my scope. */
  whose: z.enum(['mine', 'all']).default('all'),
  order: z.enum(['asc', 'desc']).default('desc'),
});

export const ZGeneralRequestCreate = z.object({
  title: zText(200),
  content: zText(5000),
  amountFen: zFenInput,
});
export const ZGeneralRequestUpdate = ZGeneralRequestCreate.partial();

export type TGeneralRequest = z.infer<typeof ZGeneralRequest>;
export type TGeneralRequestPage = z.infer<typeof ZGeneralRequestPage>;
export type TGeneralRequestQuery = z.input<typeof ZGeneralRequestQuery>;
export type TGeneralRequestCreate = z.input<typeof ZGeneralRequestCreate>;
export type TGeneralRequestUpdate = z.input<typeof ZGeneralRequestUpdate>;
export type TRequestStatus = z.infer<typeof ZRequestStatus>;
