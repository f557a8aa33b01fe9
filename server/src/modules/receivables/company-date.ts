import type { DbOrTx } from '../../db/client.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { readPolicy } from '../../platform/policies/read.js';

/** Today in the company's time zone (policy), YYYY-MM-DD: what due dates are compared with. */
export async function companyToday(db: DbOrTx, at: Date): Promise<string> {
  return localDate(at, await readPolicy(db, companyTimeZone, at));
}
