import { describe, expect, it } from 'vitest';
import { type DraftChild, isDirty, linesInput, liveFigures, quarters } from './draft';
import type { TTargetSheet } from './hooks';

const months = (v: string) => Array.from({ length: 12 }, () => v);
const child = (id: string, year: string | null, m: (string | null)[], included = true): DraftChild => ({
  key: `unit:${id}`,
  subjectType: 'unit',
  id,
  included,
  weight: null,
  values: [year, ...m],
});

describe('the decomposition screen’s live figures (PLAN-3)', () => {
  const parent = { year: '10000000', months: months('833333').map((v, i) => (i === 11 ? '833337' : v)) };

  it('PLAN-3: regions summing to 9,000,000 of 10,000,000 show a gap of 1,000,000 in the year', () => {
    const live = liveFigures(parent, [
      child(
        'e',
        '5000000',
        months('416666').map((v, i) => (i === 11 ? '416674' : v)),
      ),
      child(
        's',
        '4000000',
        months('333333').map((v, i) => (i === 11 ? '333337' : v)),
      ),
      child('f', '999', months('1'), false),
    ]);
    expect(live.sums[0]).toBe(9_000_000n);
    expect(live.gaps[0]).toBe(1_000_000n);
    expect(live.rests.get('unit:e')).toBe(0n);
    expect(live.rests.has('unit:f')).toBe(false);
    expect(live.hasGap).toBe(true);
  });

  it('PLAN-3: a child’s months not adding up to its year leave a rest; blanks count as nothing; no parent month, no gap', () => {
    const live = liveFigures({ year: '1200', months: months('').map(() => null) }, [
      child('e', '1200', [...months('100').slice(0, 11), null]),
    ]);
    expect(live.rests.get('unit:e')).toBe(100n);
    expect(live.gaps[0]).toBe(0n);
    expect(live.gaps.slice(1).every((g) => g === null)).toBe(true);
    expect(live.hasGap).toBe(true);
  });

  it('quarters are the sums of their months', () => {
    expect(quarters(['1200', ...months('100')])).toEqual([300n, 300n, 300n, 300n]);
  });

  it('a save sends the children taking part, blanks as 0; the copy is dirty once it differs', () => {
    const draft = [
      child('e', '12', [...months('1').slice(0, 11), null]),
      child('s', null, months(''), false),
    ];
    expect(linesInput(draft)).toEqual([
      { type: 'unit', id: 'e', year: '12', months: [...months('1').slice(0, 11), '0'], weight: null },
    ]);
    const sheet = {
      children: [
        {
          subjectType: 'unit',
          id: 'e',
          included: true,
          weight: null,
          values: { year: '12', months: [...months('1').slice(0, 11), '0'] },
        },
        {
          subjectType: 'unit',
          id: 's',
          included: false,
          weight: null,
          values: { year: null, months: months('').map(() => null) },
        },
      ],
    } as unknown as TTargetSheet;
    expect(isDirty(sheet, draft)).toBe(false);
    // Ticked but still blank: nothing to save yet; once a figure is typed, there is.
    expect(isDirty(sheet, [draft[0]!, { ...draft[1]!, included: true }])).toBe(false);
    const typed = { ...draft[1]!, included: true, values: ['5', ...months('')] };
    expect(isDirty(sheet, [draft[0]!, typed])).toBe(true);
    expect(isDirty(sheet, [{ ...draft[0]!, included: false }, draft[1]!])).toBe(true);
  });
});
