import { z } from 'zod';
import {
  ZDateTime,
  ZPaging,
  ZUnitRef,
  ZUserRef,
  zDate,
  zOptionalText,
  zPage,
  zText,
} from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';
import { contests } from './tables.js';

export const ZContestStatus = z.enum(contests.status.enumValues);
export const ZContestMetric = z.enum(contests.metric.enumValues);

/** INC-9: a contest as its organizer writes it; at least one participant, the end not before the start. */
export const ZContestInput = z
  .object({
    name: zText(100),
    description: zOptionalText(2000),
    fromOn: zDate,
    toOn: zDate,
    metric: ZContestMetric,
    prize: zOptionalText(200),
    winnerCount: z.number().int().min(0).max(10).default(1),
    winnerPoints: z.number().int().min(0).max(100_000).default(0),
    /** People who compete, and units whose people compete (each person on their own). */
    userIds: z.array(z.uuid()).max(200).default([]),
    unitIds: z.array(z.uuid()).max(50).default([]),
  })
  .superRefine((v, c) => {
    if (v.toOn < v.fromOn) c.addIssue({ code: 'custom', path: ['toOn'], message: vmsg('dateOrder') });
    if (v.userIds.length + v.unitIds.length === 0)
      c.addIssue({ code: 'custom', path: ['userIds'], message: vmsg('required') });
  });
export type TContestInput = z.output<typeof ZContestInput>;

/** One place on the leaderboard: the person, their figure over the contest's days, their rank. */
export const ZLeaderboardEntry = z.object({
  rank: z.number().int(),
  user: ZUserRef,
  unit: ZUnitRef,
  /** Fen for an amount metric, a count otherwise; as text. */
  value: z.string(),
  winner: z.boolean(),
});
export type TLeaderboardEntry = z.infer<typeof ZLeaderboardEntry>;

export const ZContest = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  fromOn: z.string(),
  toOn: z.string(),
  metric: ZContestMetric,
  prize: z.string(),
  winnerCount: z.number().int(),
  winnerPoints: z.number().int(),
  status: ZContestStatus,
  organizer: ZUserRef,
  unit: ZUnitRef,
  closedAt: ZDateTime.nullable(),
  announcedAt: ZDateTime.nullable(),
  createdAt: ZDateTime,
  /** The reader runs this contest (edit while a draft, start, close). */
  canManage: z.boolean(),
});
export type TContest = z.infer<typeof ZContest>;
export const ZContestPage = zPage(ZContest);

export const ZContestDetail = ZContest.extend({
  participants: z.object({ users: z.array(ZUserRef), units: z.array(ZUnitRef) }),
  /** Live while it runs (to today), frozen at the close. */
  leaderboard: z.array(ZLeaderboardEntry),
  /** The last day counted so far. */
  countedTo: z.string().nullable(),
});
export type TContestDetail = z.infer<typeof ZContestDetail>;

export const ZContestQuery = ZPaging.extend({
  status: ZContestStatus.optional(),
  sort: z.enum(['fromOn', 'toOn', 'createdAt']).default('fromOn'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type TContestQuery = z.output<typeof ZContestQuery>;

/** The records behind one person's figure in a contest. */
export const ZContestRecordsQuery = ZPaging.extend({ userId: z.uuid() });
export const ZContestRecord = z.object({
  id: z.uuid(),
  date: z.string(),
  number: z.string().nullable(),
  value: z.string(),
  link: z.string(),
});
export const ZContestRecordsPage = zPage(ZContestRecord).extend({ sum: z.string(), metric: ZContestMetric });
export type TContestRecordsPage = z.infer<typeof ZContestRecordsPage>;
