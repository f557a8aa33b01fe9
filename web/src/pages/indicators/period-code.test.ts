import { describe, expect, it } from 'vitest';
import { codeOf, firstDayOf, kindOf, stepPeriod, weekCodeOf } from './period-code';

describe('period codes (PLAN-3, as the server reads them)', () => {
  it('names the period of each kind holding a day; ISO weeks by their week-year', () => {
    expect(codeOf('year', '2026-03-20')).toBe('2026');
    expect(codeOf('quarter', '2026-03-20')).toBe('2026-Q1');
    expect(codeOf('month', '2026-03-20')).toBe('2026-03');
    expect(codeOf('week', '2026-03-20')).toBe('2026-W12');
    expect(weekCodeOf('2025-12-29')).toBe('2026-W01');
    expect(weekCodeOf('2027-01-01')).toBe('2026-W53');
  });

  it('finds the first day and steps to the periods around', () => {
    expect(firstDayOf('2026-Q2')).toBe('2026-04-01');
    expect(firstDayOf('2026-W01')).toBe('2025-12-29');
    expect(stepPeriod('2026-01', -1)).toBe('2025-12');
    expect(stepPeriod('2026-Q4', 1)).toBe('2027-Q1');
    expect(stepPeriod('2026-W53', 1)).toBe('2027-W01');
    expect(stepPeriod('2026', -1)).toBe('2025');
    expect(kindOf('2026-W05')).toBe('week');
  });
});
