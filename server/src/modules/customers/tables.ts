import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';

export const customerTypes = ['existing', 'target', 'potential', 'peer', 'distributor', 'agent'] as const;
export const customerSources = [
  'phone',
  'web',
  'visit',
  'exhibition',
  'referral',
  'inquiry',
  'other',
] as const;
/** CUS-4: a lead is screened and scored, then converted; the record (and its history) stays the same. */
export const customerLifecycles = ['lead', 'customer'] as const;

/**
 * CUS-1/CUS-3/CUS-9: the customer file (客户档案). `ownerId` null means the customer is in
 * the public pool (公海); `unitId` is its region/unit (the owner's unit when owned).
 */
export const customers = pgTable(
  'customers',
  {
    id: idColumn(),
    name: text().notNull(),
    /** Name folded for duplicate checks: no spaces, brackets or company-form suffixes, lower case. */
    nameKey: text().notNull(),
    /** Pinyin initials and full pinyin of the name, for search (e.g. "bjhy beijinghuayu"). */
    namePinyin: text().notNull().default(''),
    /** 统一社会信用代码 (18 characters, checksum validated), optional. */
    creditCode: text(),
    industry: text(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    address: text(),
    phone: text(),
    website: text(),
    type: text({ enum: customerTypes }).notNull().default('potential'),
    /** A value of the `customer.levels` policy list (A/B/C …). */
    level: text().notNull(),
    source: text({ enum: customerSources }).notNull().default('other'),
    lifecycle: text({ enum: customerLifecycles }).notNull().default('customer'),
    ownerId: uuid().references(() => users.id),
    ownedSince: timestamp({ withTimezone: true }),
    previousOwnerId: uuid(),
    /** When it last went into the pool (null while owned). */
    pooledAt: timestamp({ withTimezone: true }),
    /** Last follow-up by anyone; the pool clock counts from here (or from ownedSince). */
    lastFollowUpAt: timestamp({ withTimezone: true }),
    /** Set when the "returns to the pool soon" warning was sent for the current ownership. */
    poolWarnedAt: timestamp({ withTimezone: true }),
    creditLimitFen: bigint({ mode: 'bigint' }),
    creditRating: text(),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    /** CUS-4: answers to the qualification criteria ({ criterion: 0..5 }) and the weighted score 0..100. */
    qualification: jsonb(),
    potentialScore: integer(),
    convertedAt: timestamp({ withTimezone: true }),
    remark: text(),
    ...rowStamps,
  },
  (t) => [
    // The list's scope arms (ADR 35): a rep's or a unit's customers of a lifecycle in time order,
    // counted from the index alone.
    index().on(t.ownerId, t.lifecycle, t.updatedAt),
    index().on(t.unitId, t.lifecycle, t.updatedAt),
    index().on(t.nameKey),
    index().on(t.creditCode),
    index().on(t.phone),
    index().on(t.pooledAt),
    index().on(t.lifecycle, t.updatedAt),
    // CUS-1 search: trigram indexes serve `ilike '%…%'` on the name and `like '%…%'` on the pinyin.
    // Terms of two characters go through `search_bigrams` (text[], GIN): a stored generated
    // column of the name (lower case), pinyin and phone, added by migration 0008 and not
    // declared here, so whole-row reads and audit snapshots never carry it (ADR 19).
    index('customers_name_trgm').using('gin', t.name.op('gin_trgm_ops')),
    index('customers_name_pinyin_trgm').using('gin', t.namePinyin.op('gin_trgm_ops')),
  ],
);

/** CUS-1: people at the customer. */
export const customerContacts = pgTable(
  'customer_contacts',
  {
    id: idColumn(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    name: text().notNull(),
    gender: text({ enum: ['male', 'female', 'unknown'] })
      .notNull()
      .default('unknown'),
    title: text(),
    /** Phone numbers, digits only (and a leading +), for search and duplicate checks. */
    phones: text().array().notNull().default(sql`'{}'::text[]`),
    email: text(),
    wechat: text(),
    birthday: date({ mode: 'string' }),
    isPrimary: integer().notNull().default(0),
    remark: text(),
    deletedAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [
    index().on(t.customerId),
    index('customer_contacts_phones_gin').using('gin', t.phones),
    // CUS-1 search by a contact's name or phone: `search_bigrams` (see customers above) serves
    // every term of two characters or more. No trigram index on the name: the planner took it for
    // two-character terms, which it cannot narrow (the whole index, then a recheck of every row).
  ],
);

/** Colleagues who work a customer with its owner: read-only or read-write. */
export const customerCollaborators = pgTable(
  'customer_collaborators',
  {
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    access: text({ enum: ['read', 'write'] }).notNull(),
    ...rowStamps,
  },
  (t) => [primaryKey({ columns: [t.customerId, t.userId] }), index().on(t.userId)],
);

export const ownershipChanges = ['create', 'claim', 'release', 'auto_release', 'reassign', 'import'] as const;

/** Every change of owner: claims from the pool, returns to it, reassignments with a reason. */
export const customerOwnershipLog = pgTable(
  'customer_ownership_log',
  {
    id: idColumn(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    change: text({ enum: ownershipChanges }).notNull(),
    fromUserId: uuid(),
    toUserId: uuid(),
    reason: text(),
    at: timestamp({ withTimezone: true }).notNull(),
    actorId: uuid(),
  },
  (t) => [
    index().on(t.customerId, t.at),
    index().on(t.toUserId, t.change, t.at),
    index().on(t.fromUserId, t.at),
  ],
);

export const followUpKinds = ['phone', 'visit', 'wechat', 'email', 'meeting', 'service'] as const;

/** CUS-8: a follow-up record; CUS-5: anyone may log service for any customer (the owner sees it). */
export const followUps = pgTable(
  'follow_ups',
  {
    id: idColumn(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    contactId: uuid(),
    opportunityId: uuid(),
    authorId: uuid().notNull(),
    kind: text({ enum: followUpKinds }).notNull(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    content: text().notNull(),
    nextStep: text(),
    /** A next step with a date opens a due item for the author. */
    nextStepAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [index().on(t.customerId, t.occurredAt), index().on(t.authorId, t.occurredAt)],
);

export const duplicateRequestKinds = ['collaborate', 'transfer'] as const;
export const duplicateRequestStatuses = ['pending', 'approved', 'rejected', 'withdrawn'] as const;

/**
 * CUS-1 (no 撞单): a rep refused a duplicate asks to work the existing customer — as a collaborator
 * or as its new owner. The approval goes to the existing owner's superior (approval engine).
 */
export const customerDuplicateRequests = pgTable(
  'customer_duplicate_requests',
  {
    id: idColumn(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    requesterId: uuid()
      .notNull()
      .references(() => users.id),
    /** The owner when the request was made; the approval walks their superior chain. */
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    /** The requester's unit (the approval's unit). */
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    kind: text({ enum: duplicateRequestKinds }).notNull(),
    reason: text().notNull(),
    status: text({ enum: duplicateRequestStatuses }).notNull().default('pending'),
    ...rowStamps,
  },
  (t) => [index().on(t.customerId), index().on(t.requesterId, t.status)],
);
