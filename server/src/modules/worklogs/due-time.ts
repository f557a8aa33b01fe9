import type { DbOrTx } from '../../db/client.js';
import { fromWallTime, type LocalDate } from '../../platform/deadlines/calendar.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { readPolicy } from '../../platform/policies/read.js';
import { tripCovering } from '../visits/index.js';
import { worklogDueTime } from './policies.js';

export interface LogDue {
  /** The day the log is due on: the log's day, or the day back from a trip covering it. */
  dueOn: LocalDate;
  dueAt: Date;
  trip: { tripId: string; backOn: LocalDate } | null;
}

/**
 * OPS-1: when the log of `day` is due — at worklog.dueTime (company time zone) on that day; for a
 * day on a business trip, at that time on the day back ("on return, at once": the day marked
 * returned, else the planned return day).
 */
export async function logDueAt(
  db: DbOrTx,
  userId: string,
  unitId: string,
  day: LocalDate,
  at: Date,
): Promise<LogDue> {
  const [tz, time, trips] = await Promise.all([
    readPolicy(db, companyTimeZone, at),
    readPolicy(db, worklogDueTime, at, unitId),
    tripCovering(db, [userId], day),
  ]);
  const trip = trips.get(userId) ?? null;
  const dueOn = trip && trip.backOn > day ? trip.backOn : day;
  const [year, month, d] = dueOn.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const dueAt = fromWallTime({ year, month, day: d, hour, minute, second: 59, ms: 999 }, tz);
  return { dueOn, dueAt, trip: trip ? { tripId: trip.tripId, backOn: trip.backOn } : null };
}
