/**
 * PLAN-3: the arithmetic of a split, in integers (fen or counts), so that the parts always sum
 * exactly to what is split. No database here: the use case gathers the figures.
 */

/**
 * `total` in parts proportional to `shares`: each part rounded down, the remainder (less than
 * the number of parts) to the largest share (the first of equals), so the parts sum to `total`.
 * Shares must not all be zero.
 */
export function apportion(total: bigint, shares: readonly bigint[]): bigint[] {
  const sum = shares.reduce((a, b) => a + b, 0n);
  if (shares.length === 0 || sum <= 0n) throw new Error('apportion: no share to split by');
  const parts = shares.map((s) => (total * s) / sum);
  const rest = total - parts.reduce((a, b) => a + b, 0n);
  let largest = 0;
  shares.forEach((s, i) => {
    if (s > shares[largest]!) largest = i;
  });
  parts[largest] = parts[largest]! + rest;
  return parts;
}

/** How a child's year is spread over its months. */
export type MonthsMode = 'parent' | 'even' | 'last_year';

export interface SplitInput {
  /** The unit's own target for the year (in force). */
  parentYear: bigint;
  /** The unit's own targets for January … December; null where none is in force. */
  parentMonths: readonly (bigint | null)[];
  /** Each child's share (evenly: 1 each; by weights: the weight; by last year: last year's actual). */
  shares: readonly bigint[];
  months: MonthsMode;
  /** For `last_year` months: each child's actuals of last year, January … December. */
  lastYearMonths?: readonly (readonly bigint[])[];
}

export interface ChildSplit {
  year: bigint;
  months: bigint[];
}

const EVEN_MONTHS: readonly bigint[] = Array.from({ length: 12 }, () => 1n);

/** Whether the unit's months are all known and add up to its year (so they can be followed). */
export function monthsFollowYear(parentYear: bigint, parentMonths: readonly (bigint | null)[]): boolean {
  if (parentMonths.length !== 12 || parentMonths.some((m) => m === null)) return false;
  return (parentMonths as bigint[]).reduce((a, b) => a + b, 0n) === parentYear;
}

/**
 * Splits the unit's target among its children by their shares.
 * - months `parent` (when the unit's months are known and add up to its year): each month of the
 *   unit is split by the shares and a child's year is the sum of its months — every period then
 *   sums exactly to the unit's, and every child's months to its year;
 * - otherwise the unit's year is split by the shares and each child's year spread over its months
 *   evenly, or by the shape of its own last year (evenly when it had none).
 */
export function splitTarget(input: SplitInput): ChildSplit[] {
  const { parentYear, parentMonths, shares } = input;
  if (input.months === 'parent' && monthsFollowYear(parentYear, parentMonths)) {
    const columns = (parentMonths as bigint[]).map((m) => apportion(m, shares));
    return shares.map((_s, c) => {
      const months = columns.map((col) => col[c]!);
      return { year: months.reduce((a, b) => a + b, 0n), months };
    });
  }
  const years = apportion(parentYear, shares);
  return years.map((year, c) => {
    const shape = input.months === 'last_year' ? input.lastYearMonths?.[c] : undefined;
    const usable = shape && shape.length === 12 && shape.every((v) => v >= 0n) && shape.some((v) => v > 0n);
    return { year, months: apportion(year, usable ? shape : EVEN_MONTHS) };
  });
}
