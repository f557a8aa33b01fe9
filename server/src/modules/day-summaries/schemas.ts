import { z } from 'zod';
import { ZDateTime, ZPaging, ZUnitRef, ZUserRef, zDate, zPage } from '../../platform/schemas.js';
import { daySummaryStatuses } from './tables.js';

export const ZDaySummaryStatus = z.enum(daySummaryStatuses);

export const ZSummaryOrder = z.object({
  id: z.uuid(),
  number: z.string(),
  customer: z.string(),
  owner: z.string(),
  /** The order's status (orders module's codes). */
  status: z.enum(['production', 'partially_shipped', 'shipped', 'delivered', 'accepted']),
});

export const ZSummaryLog = z.object({
  userId: z.uuid(),
  name: z.string(),
  unit: z.string(),
  /** No submitted work log of the day. */
  missing: z.boolean(),
  done: z.string(),
  customerOpinions: z.string(),
  problems: z.string(),
  tomorrowPlan: z.string(),
});

/** OPS-3: one unit's end-of-day summary. */
export const ZDaySummary = z.object({
  id: z.uuid(),
  unit: ZUnitRef,
  day: z.string(),
  assistant: ZUserRef,
  status: ZDaySummaryStatus,
  orders: z.array(ZSummaryOrder),
  logs: z.array(ZSummaryLog),
  remarks: z.string(),
  assembledAt: ZDateTime,
  sendBy: ZDateTime,
  sentAt: ZDateTime.nullable(),
  sentBy: ZUserRef.nullable(),
  recipients: z.array(ZUserRef),
  /** The actor may add remarks and send it now. */
  canSend: z.boolean(),
});
export const ZDaySummaryList = z.object({ items: z.array(ZDaySummary) });

/** The archive: one row per summary, without its content. */
export const ZDaySummaryRow = z.object({
  id: z.uuid(),
  unit: ZUnitRef,
  day: z.string(),
  assistant: ZUserRef,
  status: ZDaySummaryStatus,
  orderCount: z.number().int(),
  missingLogs: z.number().int(),
  sendBy: ZDateTime,
  sentAt: ZDateTime.nullable(),
});
export const ZDaySummaryPage = zPage(ZDaySummaryRow);

export const ZDaySummaryQuery = ZPaging.extend({
  from: zDate.optional(),
  to: zDate.optional(),
  unitId: z.uuid().optional(),
  status: ZDaySummaryStatus.optional(),
  sort: z.enum(['day', 'sentAt']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
});

const zRemarks = z.string().trim().max(4000);
export const ZDaySummaryRemarks = z.object({ remarks: zRemarks });
export const ZDaySummarySend = z.object({ remarks: zRemarks.optional() });

export type TDaySummary = z.infer<typeof ZDaySummary>;
export type TDaySummaryRow = z.infer<typeof ZDaySummaryRow>;
