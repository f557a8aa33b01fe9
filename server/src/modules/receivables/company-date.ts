import type { DbOrTx } from '../../db/client.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { appError } from '../../platform/errors.js';
import { readPolicy } from '../../platform/policies/read.js';

/** Today in the company's time zone (policy), YYYY-MM-DD: what due dates are compared with. */
export async function companyToday(db: DbOrTx, at: Date): Promise<string> {
  return localDate(at, await readPolicy(db, companyTimeZone, at));
}

/** Refuses, on the named field, a date after today in the company's time zone (money not yet received). */
export async function assertNotFuture(db: DbOrTx, at: Date, field: string, date: string): Promise<void> {
  if (date <= (await companyToday(db, at))) return;
  throw appError('VALIDATION_FAILED', {
    [field]: { 'zh-CN': '日期不能晚于今天', en: 'The date cannot be later than today' },
  });
}
