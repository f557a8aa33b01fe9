import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { dayOfPeriod, isoWeekOf, kindOf, periodCodeOf } from './period-code';

describe('period codes (the 一览表’s picker)', () => {
  it('names a day’s month, quarter, year and ISO week as the server does', () => {
    const d = dayjs('2026-03-02');
    expect(periodCodeOf('month', d)).toBe('2026-03');
    expect(periodCodeOf('quarter', d)).toBe('2026-Q1');
    expect(periodCodeOf('year', d)).toBe('2026');
    expect(periodCodeOf('week', d)).toBe('2026-W10');
    // ISO weeks: 2025-12-29 is in week 1 of 2026; 2027-01-01 in week 53 of 2026.
    expect(isoWeekOf(dayjs('2025-12-29'))).toEqual({ year: 2026, week: 1 });
    expect(isoWeekOf(dayjs('2027-01-01'))).toEqual({ year: 2026, week: 53 });
  });

  it('turns a code back into a day of it, so the picker shows it', () => {
    for (const code of ['2026', '2026-Q3', '2026-11', '2026-W01', '2026-W53', '2025-W52']) {
      expect(periodCodeOf(kindOf(code), dayOfPeriod(code))).toBe(code);
    }
  });
});
