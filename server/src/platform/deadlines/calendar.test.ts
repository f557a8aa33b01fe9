import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  computeDueAt,
  endOfLocalDay,
  isWorkingDay,
  localDate,
  localDaysBetween,
} from './calendar.js';

const tz = 'Asia/Shanghai';

describe('ORG-4: due times in the company time zone', () => {
  it('the local date follows the company zone, not UTC', () => {
    // 2026-03-01 18:00 UTC is already 2 March in Shanghai.
    expect(localDate(new Date('2026-03-01T18:00:00Z'), tz)).toBe('2026-03-02');
    expect(localDate(new Date('2026-03-01T18:00:00Z'), 'UTC')).toBe('2026-03-01');
    expect(endOfLocalDay('2026-03-02', tz).toISOString()).toBe('2026-03-02T15:59:59.999Z');
    expect(localDaysBetween('2026-02-27', '2026-03-02')).toBe(3);
  });

  it('calendar days keep the local time of day; end of day closes at 23:59:59 local', () => {
    const from = new Date('2026-03-02T01:00:00Z'); // 09:00 Monday in Shanghai
    expect(computeDueAt({ from, amount: 2, unit: 'calendar_days' }, tz).toISOString()).toBe(
      '2026-03-04T01:00:00.000Z',
    );
    expect(computeDueAt({ from, amount: 2, unit: 'calendar_days', endOfDay: true }, tz).toISOString()).toBe(
      '2026-03-04T15:59:59.999Z',
    );
  });

  it('hours are counted on the clock', () => {
    const from = new Date('2026-03-02T01:00:00Z');
    expect(computeDueAt({ from, amount: 30, unit: 'hours' }, tz).toISOString()).toBe(
      '2026-03-03T07:00:00.000Z',
    );
  });

  it('working days skip the weekend', () => {
    const friday = new Date('2026-03-06T02:00:00Z'); // Friday 10:00 local
    expect(localDate(computeDueAt({ from: friday, amount: 1, unit: 'working_days' }, tz), tz)).toBe(
      '2026-03-09',
    );
  });

  it('VIS-5/ORG-4: working days skip a public holiday (National Day 2026-10-01..07)', () => {
    expect(isWorkingDay('2026-10-01')).toBe(false);
    expect(isWorkingDay('2026-10-07')).toBe(false);
    const sep30 = new Date('2026-09-30T02:00:00Z'); // Wednesday 10:00 local, the eve of the holiday
    const due = computeDueAt({ from: sep30, amount: 1, unit: 'working_days', endOfDay: true }, tz);
    // Oct 1–7 are holidays; the next working day is Thursday Oct 8.
    expect(localDate(due, tz)).toBe('2026-10-08');
    expect(due.toISOString()).toBe('2026-10-08T15:59:59.999Z');
  });

  it('ORG-4: a make-up workday (调休) counts as a working day', () => {
    // Saturday 2026-10-10 is a make-up workday after National Day; Sunday 2026-10-11 is not.
    expect(isWorkingDay('2026-10-10')).toBe(true);
    expect(isWorkingDay('2026-10-11')).toBe(false);
    // From Thursday Oct 8: Fri Oct 9 (1), Sat Oct 10 make-up (2), Mon Oct 12 (3).
    expect(addWorkingDays('2026-10-08', 2)).toBe('2026-10-10');
    expect(addWorkingDays('2026-10-08', 3)).toBe('2026-10-12');
  });

  it('ORG-4: working days across the Spring Festival 2026 holiday', () => {
    // Holiday 2026-02-15..23; Saturday 2026-02-14 and 2026-02-28 are make-up workdays.
    expect(isWorkingDay('2026-02-14')).toBe(true);
    expect(isWorkingDay('2026-02-16')).toBe(false);
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
  });

  it('zero working days from a holiday lands on the next working day', () => {
    expect(addWorkingDays('2026-10-03', 0)).toBe('2026-10-08');
    expect(addWorkingDays('2026-10-09', 0)).toBe('2026-10-09');
  });
});
