import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BasisRecord, calcCommission, clawbackSlices, type Tier } from './calc.js';

const yuan = (y: number) => BigInt(Math.round(y * 100));
const tiers: Tier[] = [
  { fromBp: 0, rateBp: 500 },
  { fromBp: 5000, rateBp: 1000 },
  { fromBp: 10000, rateBp: 1500 },
];
const sumLines = (r: ReturnType<typeof calcCommission>) =>
  r.lines.reduce((s, l) => s + l.amountFen, 0n) + r.capAdjustFen;

describe('INC-1: the commission calculation', () => {
  const records: BasisRecord[] = [
    { key: 'a', amountFen: yuan(100_000) },
    { key: 'b', amountFen: yuan(20_000) },
  ];

  it('INC-1: target ¥100,000, tiers 5%/10%/15% from 0/50%/100%, ¥120,000 → marginal ¥10,500, retroactive ¥18,000', () => {
    const m = calcCommission({ targetFen: yuan(100_000), method: 'marginal', tiers, records });
    expect(m.commissionFen).toBe(yuan(10_500));
    expect(m.lines.map((l) => [l.key, l.tierIndex, l.rateBp, l.basisFen, l.amountFen])).toEqual([
      ['a', 0, 500, yuan(50_000), yuan(2_500)],
      ['a', 1, 1000, yuan(50_000), yuan(5_000)],
      ['b', 2, 1500, yuan(20_000), yuan(3_000)],
    ]);
    expect(m.attainmentBp).toBe(12000);
    const r = calcCommission({ targetFen: yuan(100_000), method: 'retroactive', tiers, records });
    expect(r.commissionFen).toBe(yuan(18_000));
    expect(r.reachedTier).toBe(2);
  });

  it('INC-1: a reversal in the same period nets off, unwinding from the top tier', () => {
    const m = calcCommission({
      targetFen: yuan(100_000),
      method: 'marginal',
      tiers,
      records: [...records, { key: 'rev', amountFen: -yuan(30_000) }],
    });
    // ¥90,000 net: 2,500 + 4,000.
    expect(m.commissionFen).toBe(yuan(6_500));
  });

  it('INC-1: a cap adds a negative line down to the cap; no target → the first tier’s rate', () => {
    const capped = calcCommission({
      targetFen: yuan(100_000),
      method: 'retroactive',
      tiers,
      capFen: yuan(15_000),
      records,
    });
    expect(capped.capAdjustFen).toBe(-yuan(3_000));
    expect(capped.commissionFen).toBe(yuan(15_000));
    const none = calcCommission({ targetFen: null, method: 'marginal', tiers, records });
    expect(none.commissionFen).toBe(yuan(6_000));
    expect(none.attainmentBp).toBeNull();
  });

  it('INC-1: a clawback takes the reversed amount back at the rates the original earned, highest first', () => {
    expect(
      clawbackSlices(yuan(20_000), [
        { basisFen: yuan(5_000), tierIndex: 1, rateBp: 1000 },
        { basisFen: yuan(30_000), tierIndex: 2, rateBp: 1500 },
      ]).map((l) => [l.rateBp, l.basisFen, l.amountFen]),
    ).toEqual([[1500, -yuan(20_000), -yuan(3_000)]]);
    expect(
      clawbackSlices(yuan(20_000), [
        { basisFen: yuan(10_000), tierIndex: 1, rateBp: 1000 },
        { basisFen: yuan(15_000), tierIndex: 2, rateBp: 1500 },
      ]).reduce((s, l) => s + l.amountFen, 0n),
    ).toBe(-yuan(2_750));
  });
});

/** Non-decreasing tiers from 0, ascending starts. */
const arbTiers = fc.uniqueArray(fc.integer({ min: 1, max: 20000 }), { maxLength: 4 }).chain((starts) =>
  fc
    .array(fc.integer({ min: 0, max: 3000 }), { minLength: starts.length + 1, maxLength: starts.length + 1 })
    .map((rates) => {
      const sorted = [0, ...starts.sort((a, b) => a - b)];
      const rs = [...rates].sort((a, b) => a - b);
      return sorted.map((fromBp, i) => ({ fromBp, rateBp: rs[i]! }));
    }),
);
const arbAmounts = fc.array(fc.bigInt({ min: 1n, max: 50_000_000n }), { minLength: 0, maxLength: 12 });
const arbTarget = fc.option(fc.bigInt({ min: 1n, max: 100_000_000n }), { nil: null });
const toRecords = (a: bigint[]) => a.map((amountFen, i) => ({ key: `r${i}`, amountFen }));

describe('INC-1: commission properties', () => {
  it('INC-1: the statement lines (with the cap line) add up to the commission', () => {
    fc.assert(
      fc.property(
        arbTiers,
        arbAmounts,
        arbTarget,
        fc.constantFrom('marginal' as const, 'retroactive' as const),
        fc.option(fc.bigInt({ min: 0n, max: 10_000_000n }), { nil: null }),
        (ts, amounts, targetFen, method, capFen) => {
          const r = calcCommission({ targetFen, method, tiers: ts, capFen, records: toRecords(amounts) });
          expect(sumLines(r)).toBe(r.commissionFen);
          expect(r.lines.reduce((s, l) => s + l.basisFen, 0n)).toBe(r.basisFen);
        },
      ),
    );
  });

  it('INC-1: marginal never pays more than retroactive when the rates do not decrease', () => {
    fc.assert(
      fc.property(arbTiers, arbAmounts, arbTarget, (ts, amounts, targetFen) => {
        const records = toRecords(amounts);
        const m = calcCommission({ targetFen, method: 'marginal', tiers: ts, records });
        const r = calcCommission({ targetFen, method: 'retroactive', tiers: ts, records });
        expect(m.commissionFen <= r.commissionFen).toBe(true);
      }),
    );
  });

  it('INC-1: splitting the same money into other records gives the same commission', () => {
    fc.assert(
      fc.property(
        arbTiers,
        arbAmounts,
        arbTarget,
        fc.constantFrom('marginal' as const, 'retroactive' as const),
        fc.array(fc.nat(), { maxLength: 6 }),
        (ts, amounts, targetFen, method, cuts) => {
          const total = amounts.reduce((s, a) => s + a, 0n);
          const points = [...new Set(cuts.map((c) => (total === 0n ? 0n : BigInt(c) % total)))]
            .filter((p) => p > 0n)
            .sort((a, b) => (a < b ? -1 : 1));
          const split: bigint[] = [];
          let prev = 0n;
          for (const p of [...points, total]) {
            if (p > prev) split.push(p - prev);
            prev = p;
          }
          const a = calcCommission({ targetFen, method, tiers: ts, records: toRecords(amounts) });
          const b = calcCommission({ targetFen, method, tiers: ts, records: toRecords(split) });
          expect(b.commissionFen).toBe(a.commissionFen);
        },
      ),
    );
  });
});
