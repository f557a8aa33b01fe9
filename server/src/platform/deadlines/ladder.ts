import type { DbOrTx } from '../../db/client.js';
import type { PeopleRule } from '../org/resolve-people.js';
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

/** A rung's notify target as a rule of the org resolver (the short forms expanded); null: nobody. */
export function rungRule(rung: Rung): PeopleRule | null {
  const n = rung.notify;
  if (n === undefined) return null;
  if (n === 'owner') return { kind: 'owner' };
  if (n === 'superior') return { kind: 'superior' };
  if ('kind' in n) return n;
  const levels = Math.max(0, Math.trunc(n.levelsUp));
  return levels === 0 ? { kind: 'owner' } : { kind: 'levelsUp', levels };
}
