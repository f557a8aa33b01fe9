import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion, splitTarget } from './split.js';

const sum = (xs: readonly bigint[]) => xs.reduce((a, b) => a + b, 0n);

describe('the arithmetic of a split (PLAN-3)', () => {
  it('PLAN-3: evenly, 10,000,000 fen among three children sums exactly, the remainder to the first', () => {
    expect(apportion(10_000_000n, [1n, 1n, 1n])).toEqual([3_333_334n, 3_333_333n, 3_333_333n]);
  });

  it('PLAN-3: by weights 3 : 2, the remainder to the largest weight', () => {
    expect(apportion(1_000_001n, [2n, 3n])).toEqual([400_000n, 600_001n]);
  });

  it('PLAN-3: the parts always sum exactly to what is split, none negative (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 6n }), { minLength: 1, maxLength: 40 }),
        (total, shares) => {
          fc.pre(shares.some((s) => s > 0n));
          const parts = apportion(total, shares);
          expect(sum(parts)).toBe(total);
          expect(parts.every((p) => p >= 0n)).toBe(true);
          shares.forEach((s, i) => {
            if (s === 0n) expect(parts[i]).toBe(0n);
          });
        },
      ),
    );
  });

  it('PLAN-3: following the unit’s months, every month and the year sum exactly to the unit’s, and every child’s months to its year (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 12, maxLength: 12 }),
        fc.array(fc.bigInt({ min: 1n, max: 1000n }), { minLength: 1, maxLength: 30 }),
        (months, shares) => {
          const year = sum(months);
          const split = splitTarget({ parentYear: year, parentMonths: months, shares, months: 'parent' });
          expect(sum(split.map((c) => c.year))).toBe(year);
          for (let m = 0; m < 12; m++) expect(sum(split.map((c) => c.months[m]!))).toBe(months[m]);
          for (const c of split) expect(sum(c.months)).toBe(c.year);
        },
      ),
    );
  });

  it('PLAN-3: without the unit’s months the year is split and each child’s year spread evenly or by its last year', () => {
    const split = splitTarget({
      parentYear: 1_200_000n,
      parentMonths: Array.from({ length: 12 }, () => null),
      shares: [1n, 1n],
      months: 'last_year',
      lastYearMonths: [
        [1n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 1n],
        Array.from({ length: 12 }, () => 0n),
      ],
    });
    expect(split[0]!.year).toBe(600_000n);
    expect(split[0]!.months).toEqual([300_000n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 300_000n]);
    // No last year to follow: evenly.
    expect(split[1]!.months).toEqual(Array.from({ length: 12 }, () => 50_000n));
  });
});
