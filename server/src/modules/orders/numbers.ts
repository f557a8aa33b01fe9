import type { Tx } from '../../db/client.js';
import { wallTime } from '../../platform/deadlines/calendar.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { readPolicy } from '../../platform/policies/read.js';
import { nextInSequence } from '../../platform/sequences/next.js';

/** `DD2026-0001`: a gapless yearly number (company calendar) with a prefix, in the caller's transaction. */
async function yearlyNumber(tx: Tx, series: string, prefix: string, now: Date): Promise<string> {
  const { year } = wallTime(now, await readPolicy(tx, companyTimeZone, now));
  const seq = await nextInSequence(tx, series, String(year));
  return `${prefix}${year}-${String(seq).padStart(4, '0')}`;
}

/** Q2C-10: order numbers (订单 DD2026-0001). */
export const nextOrderNumber = (tx: Tx, now: Date) => yearlyNumber(tx, 'order', 'DD', now);

/** Q2C-8: return and exchange numbers (退换货 TH2026-0001). */
export const nextReturnNumber = (tx: Tx, now: Date) => yearlyNumber(tx, 'return', 'TH', now);
