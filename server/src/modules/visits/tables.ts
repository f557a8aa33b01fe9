import {
  bigint,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';
import { customers } from '../customers/tables.js';

export const visitStatuses = ['planned', 'prepared', 'in_progress', 'done', 'cancelled'] as const;
/** Where a check-in or check-out was: the phone's position, or why there is none (never faked). */
export const locationStatuses = ['ok', 'denied', 'unavailable'] as const;

/**
 * VIS-4: a customer visit (客户拜访) — planned (from a plan line of the monthly 拜访计划表 or ad
 * hoc), prepared (contact made, items to carry, pre-approved expense, gift and entertainment),
 * and done (check-in and check-out with the phone's location, photos, the people met).
 */
export const visits = pgTable(
  'visits',
  {
    id: idColumn(),
    repId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    /** The plan line (visit-plans module) this visit carries out; null for an ad hoc visit. */
    planLineId: uuid(),
    /** VIS-3: a code of the policy list visits.purposes. */
    purpose: text().notNull(),
    status: text({ enum: visitStatuses }).notNull().default('planned'),
    plannedOn: date({ mode: 'string' }).notNull(),
    /** VIS-1: 预定停留时数, in minutes (hours × 60, so no fractions). */
    plannedMinutes: integer().notNull().default(60),
    note: text(),
    // Preparation (VIS-4).
    contactName: text(),
    contactedAt: timestamp({ withTimezone: true }),
    itemsToCarry: text(),
    expenseFen: bigint({ mode: 'bigint' }),
    giftNote: text(),
    entertainmentNote: text(),
    /** The pre-approval of expense, gift or entertainment (approval engine): none | pending | approved | rejected. */
    preApproval: text({ enum: ['none', 'pending', 'approved', 'rejected'] })
      .notNull()
      .default('none'),
    // Check-in and check-out (VIS-4).
    checkInAt: timestamp({ withTimezone: true }),
    checkInLocation: text({ enum: locationStatuses }),
    checkInLat: numeric({ precision: 9, scale: 6, mode: 'number' }),
    checkInLng: numeric({ precision: 9, scale: 6, mode: 'number' }),
    checkInAccuracyM: integer(),
    checkOutAt: timestamp({ withTimezone: true }),
    checkOutLocation: text({ enum: locationStatuses }),
    checkOutLat: numeric({ precision: 9, scale: 6, mode: 'number' }),
    checkOutLng: numeric({ precision: 9, scale: 6, mode: 'number' }),
    checkOutAccuracyM: integer(),
    outcome: text(),
    cancelReason: text(),
    ...rowStamps,
  },
  (t) => [
    index().on(t.repId, t.plannedOn),
    index().on(t.unitId, t.plannedOn),
    index().on(t.customerId, t.plannedOn),
    index().on(t.planLineId),
  ],
);

/** VIS-4: the people met at a visit — a contact of the customer, or a name and title. */
export const visitPeople = pgTable(
  'visit_people',
  {
    id: idColumn(),
    visitId: uuid()
      .notNull()
      .references(() => visits.id),
    contactId: uuid(),
    name: text().notNull(),
    title: text(),
    ...rowStamps,
  },
  (t) => [index().on(t.visitId)],
);

export const reportStatuses = ['draft', 'submitted', 'approved', 'returned'] as const;

/** VIS-5: the visit report (客户拜访报告), due within the policy's days of the visit, reviewed by the supervisor. */
export const visitReports = pgTable(
  'visit_reports',
  {
    id: idColumn(),
    visitId: uuid()
      .notNull()
      .references(() => visits.id),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    status: text({ enum: reportStatuses }).notNull().default('draft'),
    purposeAchieved: text({ enum: ['yes', 'partly', 'no'] }),
    customerSituation: text(),
    customerNeeds: text(),
    competitorInfo: text(),
    commitmentsText: text(),
    nextSteps: text(),
    /** When the report was due (company time zone, from the policy), kept for on-time / late figures. */
    dueAt: timestamp({ withTimezone: true }),
    submittedAt: timestamp({ withTimezone: true }),
    reviewerId: uuid(),
    reviewedAt: timestamp({ withTimezone: true }),
    reviewComment: text(),
    ...rowStamps,
  },
  (t) => [uniqueIndex().on(t.visitId), index().on(t.authorId, t.status)],
);

/** VIS-6: draft while the report is written; open from its submission; done by the owner; confirmed. */
export const commitmentStatuses = ['draft', 'open', 'done', 'confirmed', 'cancelled'] as const;

/** VIS-6: a commitment made in a visit, tracked to completion: owner, deadline, how it is checked. */
export const visitCommitments = pgTable(
  'visit_commitments',
  {
    id: idColumn(),
    visitId: uuid()
      .notNull()
      .references(() => visits.id),
    content: text().notNull(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    checkMethod: text().notNull(),
    /** ORG-4: when given to a direct report, the task (tasks module) that carries it. */
    taskId: uuid(),
    status: text({ enum: commitmentStatuses }).notNull().default('open'),
    doneAt: timestamp({ withTimezone: true }),
    doneNote: text(),
    confirmedBy: uuid(),
    confirmedAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [index().on(t.visitId), index().on(t.ownerId, t.status)],
);

export const tripStatuses = ['planned', 'away', 'returned', 'cancelled'] as const;

/**
 * OPS-1/OPS-6: a business trip (出差) — days away from the office for visits. Away on a trip, a
 * rep is exempt from the morning meeting (OPS-6) and their work log is due on the day they
 * return (OPS-1). `returnedAt` is when they reported back; null while away or planned.
 */
export const visitTrips = pgTable(
  'visit_trips',
  {
    id: idColumn(),
    repId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    /** First day away (company calendar). */
    departsOn: date({ mode: 'string' }).notNull(),
    /** The planned day back; a trip covers departsOn … returnsOn. */
    returnsOn: date({ mode: 'string' }).notNull(),
    destination: text().notNull(),
    purpose: text().notNull(),
    status: text({ enum: tripStatuses }).notNull().default('planned'),
    returnedAt: timestamp({ withTimezone: true }),
    cancelReason: text(),
    ...rowStamps,
  },
  (t) => [index().on(t.repId, t.departsOn), index().on(t.unitId, t.departsOn)],
);
