import type { quoteStatuses } from './tables.js';

export type QuoteStatus = (typeof quoteStatuses)[number];

/** Statuses in which a quote can still expire (an accepted or declined quote is final). */
const expiring: QuoteStatus[] = ['draft', 'reviewing', 'approved', 'rejected', 'sent'];

/**
 * Q2C-3: a quote past its validity date is expired — computed on read, so no job has to run
 * at midnight and the business clock of tests moves it. `today` is the company's local date;
 * null compares nothing (the stored status is returned unless it is already expired).
 */
export function effectiveQuoteStatus(
  stored: QuoteStatus,
  validUntil: string,
  today: string | null,
): QuoteStatus {
  if (today !== null && expiring.includes(stored) && validUntil < today) return 'expired';
  return stored;
}
