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

export const meetingStatuses = ['open', 'closed'] as const;
export const attendanceStatuses = ['pending', 'present', 'late', 'absent', 'excused', 'away'] as const;
/** Why a member is away (exempt): on a recorded business trip, or out on a customer visit. */
export const exemptionReasons = ['trip', 'visit'] as const;

/**
 * OPS-6: the morning meeting (早会) of one unit on one working day, starting at the policy time —
 * yesterday's figures (the previous working day's daily report of the unit, copied when the
 * meeting is opened), problems raised, reps' views and minutes; frozen once closed.
 */
export const meetings = pgTable(
  'meetings',
  {
    id: idColumn(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    day: date({ mode: 'string' }).notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    /** Who hosts it: the first holder of meeting:host over the unit who opens it or records in it. */
    hostId: uuid().references(() => users.id),
    status: text({ enum: meetingStatuses }).notNull().default('open'),
    /** The previous working day and its unit report's figures (null: no report that day). */
    figuresDay: date({ mode: 'string' }),
    figuresReportId: uuid(),
    figures: jsonb(),
    problems: text().notNull().default(''),
    views: text().notNull().default(''),
    minutes: text().notNull().default(''),
    closedAt: timestamp({ withTimezone: true }),
    closedBy: uuid().references(() => users.id),
    ...rowStamps,
  },
  (t) => [uniqueIndex().on(t.unitId, t.day), index().on(t.day)],
);

/** OPS-6/PEN-2: one member's attendance at a meeting; `away` members are exempt and never late. */
export const meetingAttendance = pgTable(
  'meeting_attendance',
  {
    id: idColumn(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    status: text({ enum: attendanceStatuses }).notNull().default('pending'),
    exemption: text({ enum: exemptionReasons }),
    arrivedAt: timestamp({ withTimezone: true }),
    minutesLate: integer(),
    reason: text(),
    recordedBy: uuid().references(() => users.id),
    recordedAt: timestamp({ withTimezone: true }),
    /** When the late arrival was reported (meetingArrivedLate): once per member and meeting. */
    lateReportedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex().on(t.meetingId, t.userId), index().on(t.userId)],
);

/** OPS-6/ORG-4: today's work given at the meeting — a task to the person, or routed to their superior. */
export const meetingAssignments = pgTable(
  'meeting_assignments',
  {
    id: idColumn(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id),
    /** Whom the work is for. */
    assigneeId: uuid()
      .notNull()
      .references(() => users.id),
    /** Who received the task: the assignee, or their direct superior when routed. */
    taskAssigneeId: uuid()
      .notNull()
      .references(() => users.id),
    taskId: uuid().notNull(),
    content: text().notNull(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    createdBy: uuid().references(() => users.id),
  },
  (t) => [index().on(t.meetingId)],
);
