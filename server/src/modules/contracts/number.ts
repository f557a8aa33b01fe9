import type { Tx } from '../../db/client.js';
import type { Ctx } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { readPolicy } from '../../platform/policies/read.js';
import { nextInSequence } from '../../platform/sequences/next.js';

/** Company "today" (YYYY-MM-DD) on the business clock, in the company time zone. */
export async function companyToday(tx: Tx, ctx: Ctx): Promise<string> {
  const now = ctx.clock.now();
  return localDate(now, await readPolicy(tx, companyTimeZone, now));
}

/** Q2C-5: gapless yearly contract numbers, HT2026-0001 (intents and supplements share the series). */
export async function nextContractNumber(tx: Tx, ctx: Ctx): Promise<string> {
  const year = (await companyToday(tx, ctx)).slice(0, 4);
  const n = await nextInSequence(tx, 'contract', year);
  return `HT${year}-${String(n).padStart(4, '0')}`;
}
