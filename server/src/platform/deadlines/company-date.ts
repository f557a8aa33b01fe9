import type { DbOrTx } from '../../db/client.js';
import { appError } from '../errors.js';
import { readPolicy } from '../policies/read.js';
import { type LocalDate, localDate } from './calendar.js';
import { companyTimeZone } from './policies.js';

/** The company's calendar day at `at` (YYYY-MM-DD in the company time zone, policy): what due dates and validity dates are compared with. */
export async function companyToday(db: DbOrTx, at: Date): Promise<LocalDate> {
  return localDate(at, await readPolicy(db, companyTimeZone, at));
}

/** Refuses, on the named field, a date after the company's today (money received, a contract signed). */
export async function assertNotFuture(db: DbOrTx, at: Date, field: string, date: LocalDate): Promise<void> {
  if (date <= (await companyToday(db, at))) return;
  throw appError('VALIDATION_FAILED', {
    [field]: { 'zh-CN': '日期不能晚于今天', en: 'The date cannot be later than today' },
  });
}
