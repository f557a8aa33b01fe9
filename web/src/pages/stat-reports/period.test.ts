import { describe, expect, it } from 'vitest';
import { periodParts, recentWeeks, weekCodeOf, weekOf } from './period';

describe('report periods (OPS-4)', () => {
  it('ISO weeks: week 1 holds 4 January, weeks run Monday to Sunday', () => {
    expect(weekCodeOf('2026-01-01')).toBe('2026-W01');
    expect(weekCodeOf('2025-12-29')).toBe('2026-W01');
    expect(weekCodeOf('2027-01-03')).toBe('2026-W53');
    expect(weekOf('2026-02-11')).toEqual({ code: '2026-W07', from: '2026-02-09', to: '2026-02-15' });
    expect(weekOf('2026-03-08')).toEqual({ code: '2026-W10', from: '2026-03-02', to: '2026-03-08' });
  });

  it('the recent weeks, newest first', () => {
    expect(recentWeeks('2026-03-02', 3).map((w) => w.code)).toEqual(['2026-W10', '2026-W09', '2026-W08']);
  });

  it('a code in parts', () => {
    expect(periodParts('2026-02')).toEqual({ kind: 'month', year: 2026, month: 2 });
    expect(periodParts('2026-W07')).toEqual({ kind: 'week', year: 2026, week: 7 });
  });
});
