import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';
import { customers } from '../customers/tables.js';

export const planStatuses = ['draft', 'submitted', 'approved', 'rejected'] as const;

/** VIS-1/VIS-2: a rep's monthly visit plan (拜访计划表) for one month, approved by the direct superior. */
export const visitPlans = pgTable(
  'visit_plans',
  {
    id: idColumn(),
    repId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    /** The first day of the planned month. */
    monthOn: date({ mode: 'string' }).notNull(),
    status: text({ enum: planStatuses }).notNull().default('draft'),
    submittedAt: timestamp({ withTimezone: true }),
    approvedAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [uniqueIndex().on(t.repId, t.monthOn), index().on(t.unitId, t.monthOn)],
);

/** VIS-1/VIS-3: a line of the plan — customer, purpose, planned date, planned hours (预定停留时数), note. */
export const visitPlanLines = pgTable(
  'visit_plan_lines',
  {
    id: idColumn(),
    planId: uuid()
      .notNull()
      .references(() => visitPlans.id),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    purpose: text().notNull(),
    plannedOn: date({ mode: 'string' }).notNull(),
    /** Planned hours × 60. */
    plannedMinutes: integer().notNull(),
    note: text(),
    position: integer().notNull().default(0),
    ...rowStamps,
  },
  (t) => [index().on(t.planId, t.position)],
);

export const planChangeStatuses = ['pending', 'approved', 'rejected', 'withdrawn'] as const;

/** VIS-2: an amendment of an approved plan — the proposed lines, applied when approved. */
export const visitPlanChanges = pgTable(
  'visit_plan_changes',
  {
    id: idColumn(),
    planId: uuid()
      .notNull()
      .references(() => visitPlans.id),
    reason: text().notNull(),
    proposedLines: jsonb().notNull(),
    status: text({ enum: planChangeStatuses }).notNull().default('pending'),
    decidedAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [index().on(t.planId, t.status)],
);
