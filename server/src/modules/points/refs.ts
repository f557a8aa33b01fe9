import type { TPointsRef } from './schemas.js';

/** Where the record behind an entry opens in the web (null: nowhere to go). */
function linkOf(type: string, id: string): string | null {
  switch (type) {
    case 'payment':
      return `/payments?id=${id}`;
    case 'contract':
      return `/contracts/${id}`;
    case 'point_award_request':
      return `/points/requests/${id}`;
    case 'contest':
      return `/contests/${id}`;
    case 'champion':
      return `/champions?id=${id}`;
    case 'redemption':
      return `/rewards/redemptions/${id}`;
    case 'suggestion':
      return `/suggestions/${id}`;
    case 'praise':
      return `/satisfaction?tab=praise&praise=${id}`;
    case 'period':
      return `/indicators?period=${id}`;
    default:
      return null;
  }
}

/** INC-5: what earned (or took) the points: the record, named from the entry's memo where it can be. */
export function refOf(refType: string | null, refId: string | null, memo: unknown): TPointsRef | null {
  const m = (memo ?? {}) as Record<string, unknown>;
  // A period's award (targets met, satisfaction) names its period in the memo.
  if ((!refType || !refId) && typeof m.period === 'string')
    return { type: 'period', id: m.period, label: m.period, link: linkOf('period', m.period) };
  if (!refType || !refId) return null;
  const label =
    typeof m.number === 'string'
      ? m.number
      : typeof m.paymentNumber === 'string'
        ? m.paymentNumber
        : typeof m.period === 'string'
          ? m.period
          : typeof m.title === 'string'
            ? m.title
            : typeof m.reason === 'string'
              ? m.reason
              : null;
  return { type: refType, id: refId, label, link: linkOf(refType, refId) };
}
