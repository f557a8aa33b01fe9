import { bigserial, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Scheduled jobs. An instance claims a tick with one conditional UPDATE of next_run_at, so
 * each tick runs once however many app instances share the database.
 */
export const jobs = pgTable('jobs', {
  name: text().primaryKey(),
  intervalSeconds: integer().notNull(),
  nextRunAt: timestamp({ withTimezone: true }).notNull(),
  lastRunAt: timestamp({ withTimezone: true }),
  lastResult: text({ enum: ['ok', 'failed'] }),
  lastMessage: text(),
  lastDurationMs: integer(),
});

export const jobRuns = pgTable(
  'job_runs',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    name: text().notNull(),
    tickAt: timestamp({ withTimezone: true }).notNull(),
    instance: text().notNull(),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    finishedAt: timestamp({ withTimezone: true }),
    result: text({ enum: ['running', 'ok', 'failed'] }).notNull(),
    message: text(),
  },
  (t) => [index().on(t.name, t.tickAt)],
);
