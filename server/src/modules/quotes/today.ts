import type { DbOrTx } from '../../db/client.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { readPolicy } from '../../platform/policies/read.js';

/** The company's calendar day at `at` (validity dates are calendar days in the company's zone). */
export async function companyToday(db: DbOrTx, at: Date): Promise<string> {
  return localDate(at, await readPolicy(db, companyTimeZone, at));
}
