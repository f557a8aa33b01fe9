import { describe, expect, it } from 'vitest';
import { festivalDate, festivalKeys, festivalsBetween } from './festival-dates.js';

describe('CUS-7 festival dates', () => {
  it.each([
    ['springFestival', 2026, '2026-02-17'],
    ['springFestival', 2027, '2027-02-06'],
    ['lanternFestival', 2026, '2026-03-03'],
    ['dragonBoat', 2026, '2026-06-19'],
    ['dragonBoat', 2025, '2025-05-31'], // 2025 has a leap sixth month; 端午 is on the regular fifth
    ['midAutumn', 2025, '2025-10-06'],
    ['midAutumn', 2026, '2026-09-25'],
    ['newYear', 2027, '2027-01-01'],
    ['nationalDay', 2026, '2026-10-01'],
  ] as const)('%s %i is %s', (festival, year, date) => {
    expect(festivalDate(festival, year)).toBe(date);
  });

  it('finds the festivals in a window, across the turn of the year, in date order', () => {
    expect(festivalsBetween(festivalKeys, '2026-12-30', '2027-02-10')).toEqual([
      { festival: 'newYear', date: '2027-01-01' },
      { festival: 'springFestival', date: '2027-02-06' },
    ]);
    expect(festivalsBetween(['midAutumn'], '2026-09-22', '2026-09-25')).toEqual([
      { festival: 'midAutumn', date: '2026-09-25' },
    ]);
    expect(festivalsBetween(['midAutumn'], '2026-09-26', '2026-10-01')).toEqual([]);
  });
});
