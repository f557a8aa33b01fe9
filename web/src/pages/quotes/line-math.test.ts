import { describe, expect, it } from 'vitest';
import type { DraftLine } from './line-math';
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
    expect(t).toEqual({
      listTotalFen: 1_780_000n,
      totalFen: 1_642_000n,
      taxFen: 188_903n,
      netTotalFen: 1_453_097n,
    });
  });
});

/** The server's own arithmetic (server/src/modules/quotes/pricing.ts), loaded as the server runs it. */
interface ServerPricing {
  priceLine(l: DraftLine): DraftLine & { discountBp: number; amountFen: bigint };
  quoteTotals(
    lines: ReturnType<ServerPricing['priceLine']>[],
    taxRatePct: number,
  ): { listTotalFen: bigint; totalFen: bigint; taxFen: bigint; netTotalFen: bigint; maxDiscountBp: number };
}
const serverPricingPath = new URL('../../../../server/src/modules/quotes/pricing.ts', import.meta.url)
  .pathname;

describe('Q2C-3: the editor’s live totals are the server’s totals', async () => {
  const server = (await import(/* @vite-ignore */ serverPricingPath)) as ServerPricing;

  const line = (list: bigint, unit: bigint, quantity: number): DraftLine => ({
    listPriceFen: list,
    floorPriceFen: 0n,
    unitPriceFen: unit,
    quantity,
  });
  const sets: [string, DraftLine[], number][] = [
    ['one line at list price, 13% VAT', [line(26_600_000n, 26_600_000n, 1)], 13],
    ['a discount and a price above list', [line(680_000n, 612_001n, 3), line(10_000n, 10_500n, 7)], 13],
    ['tax rounding at half a fen', [line(113n, 113n, 1), line(1n, 1n, 1)], 13],
    ['6% VAT on odd fen', [line(99_999n, 33_333n, 9), line(1_234_567n, 1_111_111n, 2)], 6],
    ['no VAT', [line(500n, 499n, 1_000_000)], 0],
    ['no lines', [], 13],
  ];

  it.each(sets)('%s', (_name, lines, rate) => {
    const expected = server.quoteTotals(lines.map(server.priceLine), rate);
    const live = draftTotals(lines, rate);
    expect(live).toEqual({
      listTotalFen: expected.listTotalFen,
      totalFen: expected.totalFen,
      taxFen: expected.taxFen,
      netTotalFen: expected.netTotalFen,
    });
    for (const l of lines) {
      expect(discountBp(l.listPriceFen, l.unitPriceFen)).toBe(server.priceLine(l).discountBp);
    }
  });

  it('for many random line sets', () => {
    let seed = 20_260_302;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    for (let i = 0; i < 300; i++) {
      const lines = Array.from({ length: 1 + next(5) }, () => {
        const list = BigInt(1 + next(10_000_000));
        return line(list, BigInt(1 + next(Number(list) * 2)), 1 + next(1_000));
      });
      const rate = [0, 3, 6, 9, 13][next(5)]!;
      const expected = server.quoteTotals(lines.map(server.priceLine), rate);
      expect(draftTotals(lines, rate).taxFen).toBe(expected.taxFen);
      expect(draftTotals(lines, rate).netTotalFen).toBe(expected.netTotalFen);
    }
  });
});
