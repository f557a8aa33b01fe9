import { z } from 'zod';
import { inClockRange } from '../../platform/clock.js';
import { ZDateTime, ZLocalized } from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';

export const ZJobName = z.object({ name: z.string().regex(/^[a-z][a-z0-9_.-]{0,99}$/) });

/** Run now takes no options: the body is an empty object. */
export const ZJobRun = z.object({}).strict();

export const ZJob = z.object({
  name: z.string(),
  label: ZLocalized,
  intervalSeconds: z.number().int(),
  nextRunAt: ZDateTime.nullable(),
  lastRunAt: ZDateTime.nullable(),
  lastResult: z.enum(['ok', 'failed']).nullable(),
  lastMessage: z.string().nullable(),
  lastDurationMs: z.number().int().nullable(),
});
export const ZJobList = z.object({ items: z.array(ZJob) });

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
export type TJobRunResult = z.infer<typeof ZJobRunResult>;
export type TClock = z.infer<typeof ZClock>;
export type TClockSet = z.infer<typeof ZClockSet>;
export type TClockAdvance = z.infer<typeof ZClockAdvance>;
