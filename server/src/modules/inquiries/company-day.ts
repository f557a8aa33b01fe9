import type { DbOrTx } from '../../db/client.js';
import { localDate, wallTime } from '../../platform/deadlines/calendar.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { readPolicy } from '../../platform/policies/read.js';

/** Today and this year on the business clock, in the company time zone. */
export async function companyToday(db: DbOrTx, now: Date): Promise<{ today: string; year: number }> {
  const tz = await readPolicy(db, companyTimeZone, now);
  return { today: localDate(now, tz), year: wallTime(now, tz).year };
}
