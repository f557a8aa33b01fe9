import { z } from 'zod';
import { ZDateTime, ZPageQuery, ZUnitRef, ZUserRef, zPage, zText } from '../../../platform/schemas.js';
import {
  customerLifecycles,
  customerSources,
  customerTypes,
  followUpKinds,
  ownershipChanges,
} from '../tables.js';

/** 公海 list: every pool customer company-wide, filtered, sorted and paged on the server. */
export const ZPoolListQuery = ZPageQuery.extend({
  /** Name, pinyin (initials or full) or phone. */
  q: z.string().trim().max(100).optional(),
  level: z.string().trim().max(20).optional(),
  type: z.enum(customerTypes).optional(),
  industry: z.string().trim().max(100).optional(),
  /** The customer's last unit, with the units below it. */
  unitId: z.uuid().optional(),
  sort: z.enum(['pooledAt', 'name', 'level']).default('pooledAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});

export const ZPoolCustomer = z.object({
  id: z.uuid(),
  name: z.string(),
  level: z.string(),
  type: z.enum(customerTypes),
  lifecycle: z.enum(customerLifecycles),
  industry: z.string().nullable(),
  unit: ZUnitRef,
  previousOwner: ZUserRef.nullable(),
  pooledAt: ZDateTime.nullable(),
  /** For the asking user: when they may claim it again (they were its owner), else null. */
  claimableFrom: ZDateTime.nullable(),
});
export const ZPoolPage = zPage(ZPoolCustomer);

/**
 * 公海 preview (read-only, before claiming): the description of a pool customer, its contacts'
 * names and titles and the latest follow-ups; no phones, e-mail or credit data (ORG-5).
 */
export const ZPoolPreview = ZPoolCustomer.extend({
  source: z.enum(customerSources),
  address: z.string().nullable(),
  website: z.string().nullable(),
  tags: z.array(z.string()),
  remark: z.string().nullable(),
  lastFollowUpAt: ZDateTime.nullable(),
  contacts: z.array(z.object({ id: z.uuid(), name: z.string(), title: z.string().nullable() })),
  followUps: z.array(
    z.object({
      kind: z.enum(followUpKinds),
      occurredAt: ZDateTime,
      content: z.string(),
      author: ZUserRef.nullable(),
    }),
  ),
});
export type TPoolPreview = z.infer<typeof ZPoolPreview>;

/** The asking user's claims today (company time zone) and book size, against their caps. */
export const ZPoolQuota = z.object({
  claimsToday: z.number().int(),
  dailyCap: z.number().int(),
  owned: z.number().int(),
  ownedCap: z.number().int(),
});

/** A customer's ownership after a claim, release or reassignment. */
export const ZCustomerOwnership = z.object({
  id: z.uuid(),
  name: z.string(),
  owner: ZUserRef.nullable(),
  unit: ZUnitRef,
  ownedSince: ZDateTime.nullable(),
  pooledAt: ZDateTime.nullable(),
});

export const ZReleaseCustomer = z.object({ reason: zText(500) });
export const ZReassignCustomer = z.object({ ownerId: z.uuid(), reason: zText(500) });

/** Where a customer stands on the pool clock (CUS: N days without follow-up → back to the pool). */
export const ZPoolStatus = z.object({
  owned: z.boolean(),
  owner: ZUserRef.nullable(),
  /** The later of the last follow-up and the start of the current ownership. */
  lastActivityAt: ZDateTime.nullable(),
  warnAt: ZDateTime.nullable(),
  returnAt: ZDateTime.nullable(),
  /** Whole days until it returns (0 when due now); null in the pool. */
  daysLeft: z.number().int().nullable(),
  poolDays: z.number().int().nullable(),
  warningDays: z.number().int(),
  /** Inside the warning window before the return. */
  warning: z.boolean(),
  pooledAt: ZDateTime.nullable(),
});

export const ZOwnershipChange = z.enum(ownershipChanges);
export const ZOwnershipLogEntry = z.object({
  id: z.uuid(),
  change: ZOwnershipChange,
  from: ZUserRef.nullable(),
  to: ZUserRef.nullable(),
  reason: z.string().nullable(),
  at: ZDateTime,
  actor: ZUserRef.nullable(),
});
export const ZOwnershipLogPage = zPage(ZOwnershipLogEntry);
export const ZOwnershipLogQuery = ZPageQuery.omit({ order: true });

export const ZAssigneeQuery = z.object({ q: z.string().trim().max(100).optional() });
/** Someone the asking user may give customers to, with how many they own now. */
export const ZAssignee = ZUserRef.extend({ unit: ZUnitRef, owned: z.number().int() });
export const ZAssigneeList = z.object({ items: z.array(ZAssignee) });

export type TPoolListQuery = z.input<typeof ZPoolListQuery>;
export type TPoolCustomer = z.infer<typeof ZPoolCustomer>;
export type TPoolPage = z.infer<typeof ZPoolPage>;
export type TPoolQuota = z.infer<typeof ZPoolQuota>;
export type TCustomerOwnership = z.infer<typeof ZCustomerOwnership>;
export type TReleaseCustomer = z.input<typeof ZReleaseCustomer>;
export type TReassignCustomer = z.input<typeof ZReassignCustomer>;
export type TPoolStatus = z.infer<typeof ZPoolStatus>;
export type TOwnershipChange = z.infer<typeof ZOwnershipChange>;
export type TOwnershipLogEntry = z.infer<typeof ZOwnershipLogEntry>;
export type TOwnershipLogPage = z.infer<typeof ZOwnershipLogPage>;
export type TOwnershipLogQuery = z.input<typeof ZOwnershipLogQuery>;
export type TAssigneeQuery = z.input<typeof ZAssigneeQuery>;
export type TAssignee = z.infer<typeof ZAssignee>;
export type TAssigneeList = z.infer<typeof ZAssigneeList>;
