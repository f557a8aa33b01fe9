import { bigserial, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Scheduled jobs. An instance claims a tick with one conditional UPDATE of next_run_at, so
 * each tick runs once however many app instances share the database; a retry of a failed
 * tick is claimed the same way through retry_at.
 */
export const jobs = pgTable('jobs', {
  name: text().primaryKey(),
  /** Seconds between ticks of an interval job; null for a cron job. */
  intervalSeconds: integer(),
  /** The schedule next_run_at was computed from (scheduleKey): a cron job whose schedule changed is rescheduled. */
  schedule: text(),
  /** Null when the schedule has no tick ahead. */
  nextRunAt: timestamp({ withTimezone: true }),
  lastRunAt: timestamp({ withTimezone: true }),
  lastResult: text({ enum: ['ok', 'failed'] }),
  lastMessage: text(),
  lastDurationMs: integer(),
  /** A failed tick's next try: when, which try, and the tick it belongs to. */
  retryAt: timestamp({ withTimezone: true }),
  retryAttempt: integer(),
  retryTickAt: timestamp({ withTimezone: true }),
});

export const jobRuns = pgTable(
  'job_runs',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    name: text().notNull(),
    tickAt: timestamp({ withTimezone: true }).notNull(),
    /** 1 for the first try of a tick, 2, 3 … for retries. */
    attempt: integer().notNull().default(1),
    /** What started it: the schedule, a retry, or someone's "run now". */
    trigger: text({ enum: ['schedule', 'retry', 'manual'] })
      .notNull()
      .default('schedule'),
    instance: text().notNull(),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    finishedAt: timestamp({ withTimezone: true }),
    result: text({ enum: ['running', 'ok', 'failed'] }).notNull(),
    message: text(),
    /** A failed try that will be tried again at this time; null when it was the last. */
    retryAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.name, t.tickAt), index().on(t.name, t.startedAt)],
);
