import { z } from 'zod';
import { inClockRange } from '../../platform/clock.js';
import { ZDateTime, ZLocalized, ZPaging, zPage } from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';

export const ZJobName = z.object({ name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_.-]{0,99}$/) });

/** Run now takes no options: the body is an empty object. */
export const ZJobRun = z.object({}).strict();

/** When a job runs: every so many seconds, or at the times of a cron expression in the company time zone. */
export const ZJobSchedule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('interval'), seconds: z.number().int() }),
  z.object({
    kind: z.literal('cron'),
    cron: z.string(),
    workingDaysOnly: z.boolean(),
    /** The policy the expression comes from (changed in the policy centre), if any. */
    policyId: z.string().nullable(),
  }),
]);

export const ZJob = z.object({
  name: z.string(),
  label: ZLocalized,
  /** Seconds between ticks of an interval job; null for a cron job. */
  intervalSeconds: z.number().int().nullable(),
  schedule: ZJobSchedule,
  nextRunAt: ZDateTime.nullable(),
  /** A failed tick's next try, if one is planned. */
  retryAt: ZDateTime.nullable(),
  lastRunAt: ZDateTime.nullable(),
  lastResult: z.enum(['ok', 'failed']).nullable(),
  lastMessage: z.string().nullable(),
  /** The last message as a sentence in both languages (null for an error's text). */
  lastSummary: ZLocalized.nullable(),
  lastDurationMs: z.number().int().nullable(),
});
export const ZJobList = z.object({
  items: z.array(ZJob),
  /** The company time zone the schedules are read in (policy company.timeZone). */
  timeZone: z.string(),
});

/** One try of one tick of a job. */
export const ZJobRunRecord = z.object({
  id: z.number().int(),
  tickAt: ZDateTime,
  attempt: z.number().int(),
  trigger: z.enum(['schedule', 'retry', 'manual']),
  instance: z.string(),
  startedAt: ZDateTime,
  finishedAt: ZDateTime.nullable(),
  result: z.enum(['running', 'ok', 'failed']),
  message: z.string().nullable(),
  /** The message as a sentence in both languages (null for an error's text). */
  summary: ZLocalized.nullable(),
  /** A failed try that will be tried again then; null when it was the last. */
  retryAt: ZDateTime.nullable(),
});
export const ZJobRunsQuery = ZPaging;
export const ZJobRunPage = zPage(ZJobRunRecord);

export const ZJobRunResult = z.object({
  result: z.enum(['ok', 'failed']),
  message: z.string().nullable(),
  durationMs: z.number().int(),
  job: ZJob,
});

export const ZClock = z.object({
  now: ZDateTime,
  /** Company time zone (policy company.timeZone). */
  tz: z.string(),
  /** Whether this server lets the clock be set (XG_CLOCK_CONTROL=true). */
  control: z.boolean(),
});
export const ZClockSet = z.object({
  at: ZDateTime.refine((v) => inClockRange(new Date(v)), { error: vmsg('clockRange') }),
});
export const ZClockAdvance = z.object({
  minutes: z
    .number()
    .int()
    .min(1)
    .max(366 * 24 * 60),
});

export type TJob = z.infer<typeof ZJob>;
export type TJobList = z.infer<typeof ZJobList>;
export type TJobSchedule = z.infer<typeof ZJobSchedule>;
export type TJobRunRecord = z.infer<typeof ZJobRunRecord>;
export type TJobRunPage = z.infer<typeof ZJobRunPage>;
export type TJobRunResult = z.infer<typeof ZJobRunResult>;
export type TClock = z.infer<typeof ZClock>;
export type TClockSet = z.infer<typeof ZClockSet>;
export type TClockAdvance = z.infer<typeof ZClockAdvance>;
