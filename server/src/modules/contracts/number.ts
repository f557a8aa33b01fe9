import type { Tx } from '../../db/client.js';
import type { Ctx } from '../../platform/context.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { nextInSequence } from '../../platform/sequences/next.js';

/** Q2C-5: gapless yearly contract numbers, HT2026-0001 (intents and supplements share the series). */
export async function nextContractNumber(tx: Tx, ctx: Ctx): Promise<string> {
  const year = (await companyToday(tx, ctx.clock.now())).slice(0, 4);
  const n = await nextInSequence(tx, 'contract', year);
  return `HT${year}-${String(n).padStart(4, '0')}`;
}
