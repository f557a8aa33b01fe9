import { z } from 'zod';
import {
  ZCursor,
  ZDateTime,
  ZPageQuery,
  ZPaging,
  ZUnitRef,
  ZUserRef,
  zCursorPage,
  zDate,
  zFenInput,
  zOptionalText,
  zPage,
  zText,
} from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';
import { isValidCreditCode, normaliseCreditCode } from './credit-code.js';
import { normalisePhone } from './name-key.js';
import {
  customerLifecycles,
  customerSources,
  customerTypes,
  duplicateRequestKinds,
  duplicateRequestStatuses,
  followUpKinds,
} from './tables.js';

export const ZCustomerType = z.enum(customerTypes);
export const ZCustomerSource = z.enum(customerSources);
export const ZCustomerLifecycle = z.enum(customerLifecycles);
export const ZFollowUpKind = z.enum(followUpKinds);
export const ZGender = z.enum(['male', 'female', 'unknown']);

/** A phone number: stored as digits (see normalisePhone), 5–20 of them. */
export const zPhone = z
  .string()
  .trim()
  .transform(normalisePhone)
  .pipe(z.string().regex(/^\+?\d{5,20}$/, { error: vmsg('phone') }));

/** 统一社会信用代码, checksum validated; blank = none. */
export const zCreditCode = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : normaliseCreditCode(v)))
  .refine((v) => v === null || isValidCreditCode(v), { error: vmsg('creditCode') })
  .nullish();

const zEmail = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : v))
  .pipe(z.email({ error: vmsg('email') }).nullable())
  .nullish();

const zTags = z.array(z.string().trim().min(1).max(20)).max(20);

/** CUS-1: a contact person at the customer. */
export const ZContactInput = z.object({
  name: zText(50),
  gender: ZGender.default('unknown'),
  title: zOptionalText(50),
  phones: z.array(zPhone).max(5).default([]),
  email: zEmail,
  wechat: zOptionalText(50),
  birthday: zDate.nullish(),
  isPrimary: z.boolean().optional(),
  remark: zOptionalText(500),
});
export const ZContactUpdate = z.object({
  name: zText(50).optional(),
  gender: ZGender.optional(),
  title: zOptionalText(50),
  phones: z.array(zPhone).max(5).optional(),
  email: zEmail,
  wechat: zOptionalText(50),
  birthday: zDate.nullish(),
  isPrimary: z.boolean().optional(),
  remark: zOptionalText(500),
});

/** CUS-1/CUS-3/CUS-9: the fields of the customer file a user types. */
const customerFields = {
  name: zText(100),
  creditCode: zCreditCode,
  industry: zOptionalText(50),
  address: zOptionalText(200),
  phone: zPhone.nullish(),
  website: zOptionalText(200),
  type: ZCustomerType,
  /** One of the customer.levels policy values (checked by the use case). */
  level: z
    .string()
    .trim()
    .min(1, { error: vmsg('required') })
    .max(20),
  source: ZCustomerSource,
  creditLimitFen: zFenInput,
  creditRating: zOptionalText(20),
  tags: zTags,
  remark: zOptionalText(1000),
};

export const ZCustomerCreate = z.object({
  ...customerFields,
  type: ZCustomerType.default('potential'),
  source: ZCustomerSource.default('other'),
  tags: zTags.default([]),
  /** Defaults to the creator; another owner needs customer:assign over them. */
  ownerId: z.uuid().optional(),
  /** A first contact, entered with the customer. */
  contact: ZContactInput.optional(),
});
export type CustomerCreateInput = z.output<typeof ZCustomerCreate>;

export const ZCustomerUpdate = z.object({
  name: customerFields.name.optional(),
  creditCode: customerFields.creditCode,
  industry: customerFields.industry,
  address: customerFields.address,
  phone: customerFields.phone,
  website: customerFields.website,
  type: ZCustomerType.optional(),
  level: customerFields.level.optional(),
  source: ZCustomerSource.optional(),
  creditLimitFen: customerFields.creditLimitFen,
  creditRating: customerFields.creditRating,
  tags: zTags.optional(),
  remark: customerFields.remark,
});

/** CUS-9: credit limit and rating, set by finance or the director with a reason. */
export const ZCustomerCredit = z.object({
  creditLimitFen: zFenInput,
  creditRating: zOptionalText(20),
  reason: zText(200),
});

export const ZContact = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  name: z.string(),
  gender: ZGender,
  title: z.string().nullable(),
  phones: z.array(z.string()),
  email: z.string().nullable(),
  wechat: z.string().nullable(),
  birthday: z.string().nullable(),
  isPrimary: z.boolean(),
  remark: z.string().nullable(),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
});
export const ZContactList = z.object({ items: z.array(ZContact) });

/** A row of the customer list (and of search and export). */
export const ZCustomerListItem = z.object({
  id: z.uuid(),
  name: z.string(),
  creditCode: z.string().nullable(),
  industry: z.string().nullable(),
  type: ZCustomerType,
  level: z.string(),
  source: ZCustomerSource,
  lifecycle: ZCustomerLifecycle,
  owner: ZUserRef.nullable(),
  unit: ZUnitRef,
  phone: z.string().nullable(),
  primaryContact: z.object({ id: z.uuid(), name: z.string(), phones: z.array(z.string()) }).nullable(),
  tags: z.array(z.string()),
  potentialScore: z.number().int().nullable(),
  /** CUS-9: credit limit in fen (digits) and rating. */
  creditLimitFen: z.string().nullable(),
  creditRating: z.string().nullable(),
  lastFollowUpAt: ZDateTime.nullable(),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
});
export const ZCustomerPage = zCursorPage(ZCustomerListItem);

/** The customer page: the file, and what the signed-in user may do with it. */
export const ZCustomer = ZCustomerListItem.extend({
  address: z.string().nullable(),
  website: z.string().nullable(),
  creditLimitFen: z.string().nullable(),
  creditRating: z.string().nullable(),
  qualification: z.record(z.string(), z.number()).nullable(),
  convertedAt: ZDateTime.nullable(),
  remark: z.string().nullable(),
  previousOwner: ZUserRef.nullable(),
  ownedSince: ZDateTime.nullable(),
  pooledAt: ZDateTime.nullable(),
  access: z.object({
    isOwner: z.boolean(),
    /** read/write when the user collaborates on it, else null. */
    collaborator: z.enum(['read', 'write']).nullable(),
    canEdit: z.boolean(),
    canAssign: z.boolean(),
  }),
});

/** A record that looks like the same customer (CUS-1 duplicates), with what matched. */
export const ZDuplicate = z.object({
  id: z.uuid(),
  name: z.string(),
  by: z.array(z.enum(['creditCode', 'phone', 'name'])),
  owner: ZUserRef.nullable(),
  inPool: z.boolean(),
});
export const ZDuplicateList = z.object({ items: z.array(ZDuplicate) });
export const ZDuplicateQuery = z.object({
  name: z.string().trim().max(100).optional(),
  creditCode: z.string().trim().max(18).optional(),
  phone: z.string().trim().max(40).optional(),
  excludeId: z.uuid().optional(),
});

export const ZCustomerCreated = z.object({ customer: ZCustomer, duplicates: z.array(ZDuplicate) });

/** CUS-6: the rep's customer file, drawn from orders, contracts and receivables (fen as digits). */
export const ZCustomerFile = z.object({
  productCategories: z.array(z.object({ name: z.string(), quantity: z.number().int() })),
  contracts: z.array(
    z.object({
      id: z.uuid(),
      number: z.string(),
      title: z.string(),
      signedOn: z.string().nullable(),
      amountFen: z.string(),
    }),
  ),
  paymentMethods: z.array(z.object({ method: z.string(), count: z.number().int(), totalFen: z.string() })),
  deposits: z.array(
    z.object({
      contractNumber: z.string(),
      dueDate: z.string(),
      amountFen: z.string(),
      settledFen: z.string(),
    }),
  ),
  dueDates: z.array(
    z.object({
      contractNumber: z.string(),
      seq: z.number().int(),
      dueDate: z.string(),
      amountFen: z.string(),
      openFen: z.string(),
    }),
  ),
});
export type TCustomerFile = z.infer<typeof ZCustomerFile>;

/** CUS-1 (no 撞单): the body of a refused create (409 CUSTOMER_DUPLICATE) carries the existing records. */
export const ZDuplicateRefusal = z.object({ duplicates: z.array(ZDuplicate) });

/** CUS-1: ask to collaborate on, or take over, a customer the new one duplicated. */
export const ZDuplicateRequestCreate = z.object({
  kind: z.enum(duplicateRequestKinds),
  reason: zText(500),
});
export const ZDuplicateRequest = z.object({
  id: z.uuid(),
  kind: z.enum(duplicateRequestKinds),
  status: z.enum(duplicateRequestStatuses),
  reason: z.string(),
  /** Only the name of a customer that may be outside the requester's scope. */
  customer: z.object({ id: z.uuid(), name: z.string() }),
  owner: ZUserRef.nullable(),
  approvalRequestId: z.uuid(),
  createdAt: ZDateTime,
});

export const ZCustomerQuery = ZPageQuery.extend(ZCursor.shape).extend({
  /** Name, contact name, phone, or pinyin (initials or full). */
  q: z.string().trim().max(100).optional(),
  /** Saved views: 我负责的 mine · 下属负责的 subordinates · 我参与的 collaborating · all in scope. */
  view: z.enum(['all', 'mine', 'subordinates', 'collaborating']).default('all'),
  type: ZCustomerType.optional(),
  level: z.string().trim().max(20).optional(),
  source: ZCustomerSource.optional(),
  lifecycle: ZCustomerLifecycle.default('customer'),
  ownerId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  tag: z.string().trim().max(20).optional(),
  industry: z.string().trim().max(50).optional(),
  sort: z.enum(['updatedAt', 'createdAt', 'name', 'lastFollowUpAt', 'level']).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});

export const ZFollowUpCreate = z.object({
  kind: ZFollowUpKind.exclude(['service']),
  occurredAt: ZDateTime,
  content: zText(2000),
  contactId: z.uuid().nullish(),
  opportunityId: z.uuid().nullish(),
  nextStep: zOptionalText(500),
  /** A next step with a date becomes a due item for the author. */
  nextStepAt: ZDateTime.nullish(),
});
/** CUS-5: service logged by anyone for any customer. */
export const ZServiceLogCreate = z.object({
  occurredAt: ZDateTime,
  content: zText(2000),
  contactId: z.uuid().nullish(),
});
export const ZFollowUp = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  kind: ZFollowUpKind,
  occurredAt: ZDateTime,
  content: z.string(),
  contact: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  opportunityId: z.uuid().nullable(),
  nextStep: z.string().nullable(),
  nextStepAt: ZDateTime.nullable(),
  author: ZUserRef,
  createdAt: ZDateTime,
});
export const ZFollowUpPage = zPage(ZFollowUp);
export const ZFollowUpQuery = ZPaging.extend({
  kind: ZFollowUpKind.optional(),
});

/** Path parameters of a customer's sub-records. */
export const ZContactParams = z.object({ id: z.uuid(), contactId: z.uuid() });
export const ZCollaboratorParams = z.object({ id: z.uuid(), userId: z.uuid() });

/** CUS-1: a colleague working the customer with its owner, read-only or read-write. */
export const ZCollaboratorAccess = z.enum(['read', 'write']);
export const ZCollaborator = z.object({
  user: ZUserRef,
  unit: ZUnitRef,
  access: ZCollaboratorAccess,
  addedAt: ZDateTime,
});
export const ZCollaboratorList = z.object({
  items: z.array(ZCollaborator),
  /** Whether the signed-in user may add, change and remove collaborators. */
  canManage: z.boolean(),
});
export const ZCollaboratorSet = z.object({ access: ZCollaboratorAccess });
/** Colleagues who could join the team (the picker's search). */
export const ZCollaboratorCandidateQuery = z.object({ q: z.string().trim().max(50).optional() });
export const ZCollaboratorCandidates = z.object({
  items: z.array(z.object({ user: ZUserRef, unit: ZUnitRef })),
});

/** CUS-5: any customer by name, company-wide — only id, name and owner are shown. */
export const ZCustomerLookupQuery = z.object({
  q: z
    .string()
    .trim()
    .min(2, { error: vmsg('required') })
    .max(100),
});
export const ZCustomerLookupItem = z.object({ id: z.uuid(), name: z.string(), owner: ZUserRef.nullable() });
export const ZCustomerLookup = z.object({ items: z.array(ZCustomerLookupItem) });

/** The change history tab: audit rows about the customer and its contacts, team and attachments. */
export const ZCustomerHistoryEntry = z.object({
  id: z.number().int(),
  at: ZDateTime,
  actor: ZUserRef.nullable(),
  /** The audit row's actor name (kept even if the user is gone). */
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export const ZCustomerHistoryPage = zPage(ZCustomerHistoryEntry);
export const ZCustomerHistoryQuery = ZPaging;

export type TCustomerType = z.infer<typeof ZCustomerType>;
export type TCustomerSource = z.infer<typeof ZCustomerSource>;
export type TCustomerLifecycle = z.infer<typeof ZCustomerLifecycle>;
export type TFollowUpKind = z.infer<typeof ZFollowUpKind>;
export type TGender = z.infer<typeof ZGender>;
export type TCustomer = z.infer<typeof ZCustomer>;
export type TCustomerListItem = z.infer<typeof ZCustomerListItem>;
export type TCustomerPage = z.infer<typeof ZCustomerPage>;
export type TCustomerQuery = z.input<typeof ZCustomerQuery>;
export type TCustomerCreate = z.input<typeof ZCustomerCreate>;
export type TCustomerUpdate = z.input<typeof ZCustomerUpdate>;
export type TCustomerCredit = z.input<typeof ZCustomerCredit>;
export type TCustomerCreated = z.infer<typeof ZCustomerCreated>;
export type TContact = z.infer<typeof ZContact>;
export type TContactList = z.infer<typeof ZContactList>;
export type TContactInput = z.input<typeof ZContactInput>;
export type TContactUpdate = z.input<typeof ZContactUpdate>;
export type TDuplicate = z.infer<typeof ZDuplicate>;
export type TDuplicateList = z.infer<typeof ZDuplicateList>;
export type TDuplicateQuery = z.input<typeof ZDuplicateQuery>;
export type TDuplicateRefusal = z.infer<typeof ZDuplicateRefusal>;
export type TDuplicateRequestCreate = z.input<typeof ZDuplicateRequestCreate>;
export type TDuplicateRequest = z.infer<typeof ZDuplicateRequest>;
export type TFollowUp = z.infer<typeof ZFollowUp>;
export type TFollowUpPage = z.infer<typeof ZFollowUpPage>;
export type TFollowUpQuery = z.input<typeof ZFollowUpQuery>;
export type TFollowUpCreate = z.input<typeof ZFollowUpCreate>;
export type TServiceLogCreate = z.input<typeof ZServiceLogCreate>;
export type TCollaborator = z.infer<typeof ZCollaborator>;
export type TCollaboratorList = z.infer<typeof ZCollaboratorList>;
export type TCollaboratorSet = z.input<typeof ZCollaboratorSet>;
export type TCollaboratorCandidates = z.infer<typeof ZCollaboratorCandidates>;
export type TCustomerLookup = z.infer<typeof ZCustomerLookup>;
export type TCustomerLookupItem = z.infer<typeof ZCustomerLookupItem>;
export type TCustomerHistoryEntry = z.infer<typeof ZCustomerHistoryEntry>;
export type TCustomerHistoryPage = z.infer<typeof ZCustomerHistoryPage>;
export type TCustomerHistoryQuery = z.input<typeof ZCustomerHistoryQuery>;

/** What the customer pages need of the policies in force (GET /api/customers/settings). */
export const ZCustomerSettings = z.object({
  /** CUS-1: the customer levels, most valuable first. */
  levels: z.array(z.string()),
  /** ORG-5: whether the signed-in user may export the customer list. */
  mayExport: z.boolean(),
});
export type TCustomerSettings = z.infer<typeof ZCustomerSettings>;
