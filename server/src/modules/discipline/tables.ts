import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';

/**
 * PEN-1/PEN-2/CUS-5/Q2C-9: the categories of the code of conduct, lateness, refusing a customer,
 * seal misuse, and the absences a company may record a long lateness as (discipline.lateBeyondCategory).
 */
export const violationCategories = [
  'false_advertising',
  'kickback',
  'leaking_customer_info',
  'fabricated_deal',
  'tampered_record',
  'competing_business',
  'refusing_customer',
  'seal_misuse',
  'lateness',
  'absence_half_day',
  'absence_day',
  'other',
] as const;
export type ViolationCategory = (typeof violationCategories)[number];

/** PEN-2: who or what recorded the violation. */
export const violationSources = ['manual', 'meeting', 'seal', 'complaint'] as const;
/** PEN-2/ORG-3: recorded → appealed → upheld / cancelled; a superior may cancel a recorded one. */
export const violationStatuses = ['recorded', 'appealed', 'upheld', 'cancelled'] as const;

/** PEN-2: the violations register (违规登记), each with the fine the fine table set when recorded. */
export const violations = pgTable(
  'violations',
  {
    id: idColumn(),
    personId: uuid()
      .notNull()
      .references(() => users.id),
    /** The person's unit when recorded (data scope). */
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    category: text({ enum: violationCategories }).notNull(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    description: text().notNull(),
    source: text({ enum: violationSources }).notNull(),
    /** The meeting, the seal incident, or the complaint's reference. */
    sourceRef: text(),
    /** PEN-2: whole minutes late, for a lateness from the morning meeting. */
    minutesLate: integer(),
    /** PEN-2: the fine (fen) from the fine table in force when recorded; 0 when the table sets none. */
    fineFen: bigint({ mode: 'bigint' }).notNull(),
    /** Q2C-9: the harm fine added when harm is recorded on a seal violation. */
    harmFineFen: bigint({ mode: 'bigint' }).notNull().default(sql`0`),
    harmNote: text(),
    /** CUS-5: the refusal's place in the window (1, 2, 3 …). */
    repeatCount: integer(),
    /** CUS-5: the refusal that reached discipline.refusalDismissCount: dismissal for decision. */
    dismissalFlag: boolean().notNull().default(false),
    status: text({ enum: violationStatuses }).notNull().default('recorded'),
    appealReason: text(),
    /** ORG-3: the person above in the chain the appeal goes to. */
    appealToId: uuid(),
    appealedAt: timestamp({ withTimezone: true }),
    decidedById: uuid(),
    decidedAt: timestamp({ withTimezone: true }),
    decisionReason: text(),
    ...rowStamps,
  },
  (t) => [index().on(t.personId, t.occurredAt), index().on(t.appealToId, t.status)],
);

/** PEN-4: warning, fine, demotion, dismissal. */
export const sanctionKinds = ['warning', 'fine', 'demotion', 'dismissal'] as const;
export type SanctionKind = (typeof sanctionKinds)[number];
export const sanctionStatuses = ['pending', 'approved', 'rejected', 'withdrawn'] as const;

/** PEN-4: a sanction (处分) with its reasons and linked violations, approved up the chain. */
export const sanctions = pgTable(
  'sanctions',
  {
    id: idColumn(),
    personId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    kind: text({ enum: sanctionKinds }).notNull(),
    reasons: text().notNull(),
    /** For a fine sanction: posted to the fines account when approved. */
    fineFen: bigint({ mode: 'bigint' }),
    violationIds: uuid().array().notNull().default([]),
    status: text({ enum: sanctionStatuses }).notNull().default('pending'),
    decidedAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [index().on(t.personId)],
);
