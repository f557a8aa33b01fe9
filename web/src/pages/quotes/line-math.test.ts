import { describe, expect, it } from 'vitest';
import { bpToPct, discountBp, draftTotals, lineWarnings } from './line-math';

describe('quote editor figures (Q2C-2)', () => {
  it('computes the discount as the server does (rounded up) and shows it in percent', () => {
    expect(discountBp(680_000n, 612_000n)).toBe(1000);
    expect(discountBp(300n, 299n)).toBe(34);
    expect(discountBp(10_000n, 10_500n)).toBe(-500);
    expect(bpToPct(1000)).toBe('10%');
    expect(bpToPct(1250)).toBe('12.5%');
    expect(bpToPct(1667)).toBe('16.67%');
    expect(bpToPct(5)).toBe('0.05%');
    expect(bpToPct(-500)).toBe('-5%');
  });

  it('warns above the own limit and under the floor', () => {
    const l = { listPriceFen: 10_000n, floorPriceFen: 9_900n, quantity: 1 };
    expect(lineWarnings({ ...l, unitPriceFen: 9_500n }, 5)).toEqual({
      bp: 500,
      overLimit: false,
      belowFloor: true,
    });
    expect(lineWarnings({ ...l, unitPriceFen: 9_499n }, 5).overLimit).toBe(true);
    expect(lineWarnings({ ...l, unitPriceFen: 10_000n }, 5)).toEqual({
      bp: 0,
      overLimit: false,
      belowFloor: false,
    });
  });

  it('totals include VAT, split as the server splits them', () => {
    const t = draftTotals(
      [
        { listPriceFen: 680_000n, floorPriceFen: 0n, unitPriceFen: 646_000n, quantity: 2 },
        { listPriceFen: 42_000n, floorPriceFen: 0n, unitPriceFen: 35_000n, quantity: 10 },
      ],
      13,
    );
    expect(t).toEqual({ totalFen: 1_642_000n, taxFen: 188_903n, netTotalFen: 1_453_097n });
  });
});
