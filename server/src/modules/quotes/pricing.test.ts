import { describe, expect, it } from 'vitest';
import { discountBp, includedTax, priceLine, quoteTotals } from './pricing.js';

describe('quote arithmetic (Q2C-2, Q2C-3)', () => {
  it.each([
    // list, unit, expected bp
    [10_000n, 10_000n, 0],
    [10_000n, 9_500n, 500],
    [10_000n, 9_000n, 1000],
    [300n, 299n, 34], // 33.33… bp rounds UP: never under a limit by rounding
    [10_000n, 10_500n, -500], // above list: a negative discount
    [680_000n, 612_000n, 1000],
    [10_000n, 0n, 10_000],
  ])('Q2C-2: discount of %s → %s is %s bp', (list, unit, bp) => {
    expect(discountBp(list, unit)).toBe(bp);
  });

  it.each([
    // tax-included total, rate %, tax
    [11_300n, 13, 1_300n],
    [100n, 13, 12n], // 11.504… → 12
    [1n, 13, 0n],
    [5n, 13, 1n], // 0.575 → 1
    [0n, 13, 0n],
    [1_200_000n, 13, 138_053n], // 138 053.097…
    [10_600n, 6, 600n],
    [1_000n, 0, 0n],
  ])('Q2C-3: VAT included in %s fen at %s%% is %s fen', (total, rate, tax) => {
    expect(includedTax(total, rate)).toBe(tax);
  });

  it('Q2C-3: totals add the lines; net = total − tax; the largest discount and an under-floor line are found', () => {
    const lines = [
      priceLine({ listPriceFen: 680_000n, floorPriceFen: 612_000n, unitPriceFen: 646_000n, quantity: 2 }),
      priceLine({ listPriceFen: 42_000n, floorPriceFen: 36_000n, unitPriceFen: 35_000n, quantity: 10 }),
    ];
    const t = quoteTotals(lines, 13);
    expect(lines[0]!.discountBp).toBe(500);
    expect(lines[1]!.discountBp).toBe(1667);
    expect(t.listTotalFen).toBe(1_780_000n);
    expect(t.totalFen).toBe(1_642_000n);
    expect(t.taxFen).toBe(188_903n); // 1 642 000 × 13 / 113 = 188 902.65…
    expect(t.netTotalFen).toBe(1_453_097n);
    expect(t.maxDiscountBp).toBe(1667);
    expect(t.belowFloor).toBe(true);
    expect(quoteTotals([], 13)).toMatchObject({ totalFen: 0n, maxDiscountBp: 0, belowFloor: false });
  });

  it('Q2C-3: for many random quotes, tax + net = total, 0 ≤ tax ≤ total, and the discount never understates', () => {
    // A seeded generator (no property-testing package in the workspace): 2 000 random quotes.
    let seed = 20_260_302n;
    const next = (max: bigint) => {
      seed = (seed * 6_364_136_223_846_793_005n + 1_442_695_040_888_963_407n) % 2n ** 64n;
      return (seed >> 16n) % max;
    };
    for (let run = 0; run < 2_000; run++) {
      const lines = Array.from({ length: Number(next(20n)) }, () => {
        const list = next(10_000_000_000n) + 1n;
        return priceLine({
          listPriceFen: list,
          floorPriceFen: list,
          unitPriceFen: (list * next(12_000n)) / 10_000n,
          quantity: Number(next(100_000n)) + 1,
        });
      });
      const t = quoteTotals(lines, Number(next(101n)));
      expect(t.taxFen + t.netTotalFen).toBe(t.totalFen);
      expect(t.taxFen >= 0n && t.taxFen <= t.totalFen).toBe(true);
      for (const l of lines) {
        // bp/10000 ≥ (list − unit)/list, and by less than one basis point
        const exact = (l.listPriceFen - l.unitPriceFen) * 10_000n;
        expect(BigInt(l.discountBp) * l.listPriceFen >= exact).toBe(true);
        expect(BigInt(l.discountBp - 1) * l.listPriceFen < exact).toBe(true);
      }
    }
  });
});
