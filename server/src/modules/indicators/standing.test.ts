import { describe, expect, it } from 'vitest';
import { shareOf } from './market-share.js';
import { paceOf, standingOf } from './standing.js';

const thresholds = { aheadPct: 10, behindPct: 10 };

describe('PLAN-6: where a person stands against the time-elapsed pace', () => {
  it('PLAN-6: the pace is working days passed over the period’s working days (company calendar)', () => {
    expect(paceOf('2026-03', '2026-03-20')).toEqual({ elapsed: 15, total: 22, pct: 68.2 });
    expect(paceOf('2026-03', '2026-02-27')).toEqual({ elapsed: 0, total: 22, pct: 0 });
    expect(paceOf('2026-03', '2026-04-01')).toEqual({ elapsed: 22, total: 22, pct: 100 });
    // October 2026: the National Day holiday (1–7 October) is not working time; 10 October is a make-up day.
    expect(paceOf('2026-10', '2026-10-08').elapsed).toBe(1);
  });

  it('PLAN-6: more than the thresholds’ points above or below the pace is ahead or behind; exactly at them is on track', () => {
    const pace = { elapsed: 11, total: 22, pct: 50 };
    expect(standingOf(39.9, pace, thresholds)).toEqual({ standing: 'behind', gapPts: -10.1 });
    expect(standingOf(40, pace, thresholds)).toEqual({ standing: 'on_track', gapPts: -10 });
    expect(standingOf(60, pace, thresholds)).toEqual({ standing: 'on_track', gapPts: 10 });
    expect(standingOf(60.1, pace, thresholds)).toEqual({ standing: 'ahead', gapPts: 10.1 });
    expect(standingOf(null, pace, thresholds)).toEqual({ standing: 'no_target', gapPts: null });
    expect(standingOf(0, pace, { aheadPct: 10, behindPct: 60 }).standing).toBe('on_track');
  });
});

describe('PLAN-5: market share measures a period against its part of the year’s market', () => {
  it('PLAN-5: a year the whole market, a quarter three twelfths, a month one, a week seven days of the year', () => {
    const year = 1_000_000n;
    expect(shareOf(250_000n, year, '2026')).toBe(25);
    expect(shareOf(250_000n, year, '2026-Q2')).toBe(100);
    expect(shareOf(25_000n, year, '2026-05')).toBe(30);
    // 7 ÷ 365 of 1,000,000 is 19,178.08; 9,589 of it ≈ 50.0%.
    expect(shareOf(9_589n, year, '2026-W20')).toBe(50);
  });
});
