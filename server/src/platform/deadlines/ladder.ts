import type { DbOrTx } from '../../db/client.js';
import { readPolicy } from '../policies/read.js';
import type { Rung } from './due-items.js';
import { escalateDaysAfter, reminderHoursBefore } from './policies.js';

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * 60;

/**
 * ORG-3/ORG-4: the usual escalation ladder, from policies in force at `at`: remind the owner
 * `deadline.reminderHoursBefore` hours before; at the due time tell the owner and the direct
 * superior; `deadline.escalateDaysAfter` days later the next level up (escalation goes up one
 * level at a time, never skipping).
 */
export async function defaultLadder(db: DbOrTx, at: Date): Promise<Rung[]> {
  const [hoursBefore, daysAfter] = await Promise.all([
    readPolicy(db, reminderHoursBefore, at),
    readPolicy(db, escalateDaysAfter, at),
  ]);
  const ladder: Rung[] = [];
  if (hoursBefore > 0) ladder.push({ offsetMinutes: -hoursBefore * MINUTES_PER_HOUR, notify: 'owner' });
  ladder.push({ offsetMinutes: 0, notify: 'owner' }, { offsetMinutes: 0, notify: 'superior' });
  ladder.push({ offsetMinutes: daysAfter * MINUTES_PER_DAY, notify: { levelsUp: 2 } });
  return ladder;
}

/** Rungs in firing order: by offset, ties kept in the given order. */
export function sortLadder(ladder: Rung[]): Rung[] {
  return ladder
    .map((rung, i) => ({ rung, i }))
    .sort((a, b) => a.rung.offsetMinutes - b.rung.offsetMinutes || a.i - b.i)
    .map((x) => x.rung);
}

/** When a rung fires: its offset from the due time. */
export function rungTime(dueAt: Date, rung: Rung): Date {
  return new Date(dueAt.getTime() + rung.offsetMinutes * 60_000);
}

/** How many levels above the owner a rung reaches (0 = the owner). */
export function rungLevel(rung: Rung): number {
  if (rung.notify === 'owner') return 0;
  if (rung.notify === 'superior') return 1;
  return Math.max(0, Math.trunc(rung.notify.levelsUp));
}
