import type { DbOrTx } from '../../db/client.js';
import type { Rung } from '../../platform/deadlines/due-items.js';
import { escalateDaysAfter, reminderHoursBefore } from '../../platform/deadlines/policies.js';
import { readPolicy } from '../../platform/policies/read.js';

/**
 * ORG-4: a task is tracked to its deadline: the assignee is reminded before it, at the deadline
 * the assignee and the assigner (the assignee's direct superior) are told, and after the
 * escalation days the next level up. The numbers are the deadline engine's policies.
 */
export async function taskLadder(db: DbOrTx, at: Date): Promise<Rung[]> {
  const [hoursBefore, daysAfter] = await Promise.all([
    readPolicy(db, reminderHoursBefore, at),
    readPolicy(db, escalateDaysAfter, at),
  ]);
  const ladder: Rung[] = [];
  if (hoursBefore > 0) ladder.push({ offsetMinutes: -hoursBefore * 60, notify: 'owner' });
  ladder.push({ offsetMinutes: 0, notify: 'owner' }, { offsetMinutes: 0, notify: 'superior' });
  ladder.push({ offsetMinutes: daysAfter * 24 * 60, notify: { levelsUp: 2 } });
  return ladder;
}
