import { z } from 'zod';
import {
  ZDateTime,
  ZPageQuery,
  ZUnitRef,
  ZUserRef,
  zDate,
  zOptionalText,
  zPage,
  zText,
} from '../../platform/schemas.js';
import { customerSources, customerTypes } from '../customers/index.js';

export const inquiryChannels = ['phone', 'web', 'visit', 'exhibition', 'referral', 'other'] as const;
export const ZInquiryChannel = z.enum(inquiryChannels);
export const ZInquiryStatus = z.enum(['new', 'lead', 'linked']);

/** CUS-2: name, contact, what they asked and the date of contact are all required. */
export const ZInquiryCreate = z.object({
  name: zText(200),
  /** Phone, WeChat or e-mail, as given. */
  contact: zText(200),
  inquiry: zText(2000),
  contactDate: zDate,
  channel: ZInquiryChannel.default('phone'),
  /** The rep who follows it up. */
  assigneeId: z.uuid().nullish(),
});

export const ZInquiry = z.object({
  id: z.uuid(),
  /** e.g. 2026-000017: per year, gapless. */
  number: z.string(),
  year: z.number().int(),
  seq: z.number().int(),
  name: z.string(),
  contact: z.string(),
  inquiry: z.string(),
  contactDate: z.string(),
  channel: ZInquiryChannel,
  status: ZInquiryStatus,
  recordedBy: ZUserRef,
  assignee: ZUserRef.nullable(),
  unit: ZUnitRef,
  customer: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
});
export const ZInquiryPage = zPage(ZInquiry);

export const ZInquiryQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  status: ZInquiryStatus.optional(),
  year: z.coerce.number().int().min(2000).max(2999).optional(),
  /** Contact date range, inclusive. */
  from: zDate.optional(),
  to: zDate.optional(),
  sort: z.enum(['number', 'contactDate']).default('number'),
  order: z.enum(['asc', 'desc']).default('desc'),
});

/** CUS-2 → CUS-4: the entry becomes a lead (a customer record in the lead stage). */
export const ZInquiryConvert = z.object({
  /** Who owns the lead; by default the entry's assignee, else whoever converts it. */
  ownerId: z.uuid().nullish(),
  type: z.enum(customerTypes),
  level: zText(20),
  source: z.enum(customerSources).optional(),
  /** The company's name on file; by default the entry's name. */
  customerName: zText(100).optional(),
  /** The person to keep as first contact; by default the entry's name (blank = no contact person). */
  contactName: zOptionalText(50),
});

/** CUS-2/CUS-5: the entry belongs to a customer already on file (any customer: every customer is the company's). */
export const ZInquiryLink = z.object({ customerId: z.uuid() });

export type TInquiry = z.infer<typeof ZInquiry>;
export type TInquiryPage = z.infer<typeof ZInquiryPage>;
export type TInquiryQuery = z.input<typeof ZInquiryQuery>;
export type TInquiryCreate = z.input<typeof ZInquiryCreate>;
export type TInquiryConvert = z.input<typeof ZInquiryConvert>;
export type TInquiryLink = z.input<typeof ZInquiryLink>;
export type TInquiryStatus = z.infer<typeof ZInquiryStatus>;
export type TInquiryChannel = z.infer<typeof ZInquiryChannel>;

/** People an entry can go to (the register's pickers). */
export const ZInquiryAssigneeQuery = z.object({ q: z.string().trim().max(50).optional() });
export const ZInquiryAssignees = z.object({
  items: z.array(z.object({ user: ZUserRef, unit: ZUnitRef })),
});
export type TInquiryAssignees = z.infer<typeof ZInquiryAssignees>;
