import type { Tx } from '../../db/client.js';
import { nextInSequence } from '../../platform/sequences/next.js';

/** The gapless series of the first-contact register (CUS-2); one counter per year. */
export const INQUIRY_SERIES = 'inquiry';

/** `2026-000017`: the year and the entry's place in that year's register. */
export function formatInquiryNumber(year: number, seq: number): string {
  return `${year}-${String(seq).padStart(6, '0')}`;
}

/**
 * CUS-2: the next number of the year's register. Call it in the transaction that inserts the
 * entry: concurrent entries queue on the counter row and a rollback gives the number back.
 */
export async function nextInquiryNumber(tx: Tx, year: number): Promise<{ seq: number; number: string }> {
  const seq = await nextInSequence(tx, INQUIRY_SERIES, String(year));
  return { seq, number: formatInquiryNumber(year, seq) };
}
