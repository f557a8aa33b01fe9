import {
  boolean,
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

export const trainingTopics = ['product', 'skills', 'market', 'other'] as const;
export const trainingAttendanceStatuses = ['invited', 'attended', 'absent', 'excused'] as const;

/**
 * OPS-8: a training session (培训) on products, skills, market trends or another topic — its
 * trainer (a user or an outside name), when and where, and the audience (units or people), each
 * of whom gets an attendance row.
 */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: idColumn(),
    topic: text({ enum: trainingTopics }).notNull(),
    title: text().notNull(),
    trainerId: uuid().references(() => users.id),
    /** An outside trainer's name (when no user gives it). */
    trainerName: text(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    place: text().notNull(),
    /** The organiser's unit (scope of training:manage). */
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    organizerId: uuid()
      .notNull()
      .references(() => users.id),
    /** The audience as chosen: units (with their sub-units) and people. */
    audience: jsonb().$type<{ unitIds: string[]; userIds: string[] }>().notNull(),
    ...rowStamps,
  },
  (t) => [index().on(t.startsAt), index().on(t.unitId)],
);

/** OPS-8: one person at one session — attendance and result (score 0–100 or pass/fail). */
export const trainingAttendees = pgTable(
  'training_attendees',
  {
    id: idColumn(),
    sessionId: uuid()
      .notNull()
      .references(() => trainingSessions.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    attendance: text({ enum: trainingAttendanceStatuses }).notNull().default('invited'),
    score: integer(),
    passed: boolean(),
    /** Excellent: the score reached training.excellentScore, or marked so. Once set, stays. */
    excellent: boolean().notNull().default(false),
    resultNote: text(),
    resultAt: timestamp({ withTimezone: true }),
    resultBy: uuid().references(() => users.id),
    ...rowStamps,
  },
  (t) => [uniqueIndex().on(t.sessionId, t.userId), index().on(t.userId)],
);

export const devPlanStatuses = ['draft', 'reviewed'] as const;

/** An action of a development plan, with its due date. */
export interface DevPlanAction {
  action: string;
  dueOn: string;
  done: boolean;
}

/**
 * OPS-8: a rep's personal development plan (个人发展计划) — goals and actions with due dates,
 * written and reviewed by the superior (dev_plan:write in scope); the rep reads theirs.
 */
export const devPlans = pgTable(
  'dev_plans',
  {
    id: idColumn(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    /** The year the plan is for. */
    year: integer().notNull(),
    goals: text().notNull(),
    actions: jsonb().$type<DevPlanAction[]>().notNull(),
    status: text({ enum: devPlanStatuses }).notNull().default('draft'),
    reviewComment: text(),
    reviewedBy: uuid().references(() => users.id),
    reviewedAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [uniqueIndex().on(t.userId, t.year), index().on(t.unitId)],
);
