import dayjs from 'dayjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  atWorkingHour,
  companyTimeZone,
  dateRangeQuery,
  endOfWorkingDayAhead,
  formatDate,
  formatDateTime,
  formatDateTimeMinutes,
  fromPickerValue,
  setCompanyTimeZone,
  toPickerValue,
  utcOffsetText,
} from './company-time';

/** Node's environment (the test runs in Node; the web's types know no `process`). */
declare const process: { env: Record<string, string | undefined> };

// A browser in California: what it shows must still be the company's (Shanghai) clock.
const browserZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/Los_Angeles';
  setCompanyTimeZone('Asia/Shanghai');
});
afterAll(() => {
  process.env.TZ = browserZone;
});

describe('the company’s time in a browser in another zone', () => {
  const instant = '2026-03-02T01:30:00.000Z'; // 09:30 in Shanghai, 17:30 the day before in Los Angeles

  it('the test really runs in Los Angeles', () => {
    expect(new Date(instant).getHours()).toBe(17);
    expect(companyTimeZone()).toBe('Asia/Shanghai');
  });

  it('instants read on the Shanghai clock', () => {
    expect(formatDateTime(instant)).toBe('2026-03-02 09:30:00');
    expect(formatDateTimeMinutes(instant)).toBe('2026-03-02 09:30');
    expect(formatDate(instant)).toBe('2026-03-02');
    // A plain date is already a company day: never shifted.
    expect(formatDate('2026-03-02')).toBe('2026-03-02');
    expect(formatDateTime(null)).toBe('');
  });

  it('a picker shows the Shanghai wall clock and gives back the same instant', () => {
    const picked = toPickerValue(instant)!;
    expect(picked.format('YYYY-MM-DD HH:mm')).toBe('2026-03-02 09:30');
    expect(fromPickerValue(picked)).toBe(instant);
    // 09:00 picked on 2 March is 01:00 UTC, not 09:00 in California.
    expect(fromPickerValue(dayjs('2026-03-02T09:00:00'))).toBe('2026-03-02T01:00:00.000Z');
  });

  it('date-time pickers default to the start of the working day, not midnight', () => {
    const day = atWorkingHour(dayjs('2026-03-02T00:00:00'));
    expect(day.format('HH:mm')).toBe('09:00');
    expect(fromPickerValue(day)).toBe('2026-03-02T01:00:00.000Z');
  });

  it('OPS-6: work given today is due at 18:00 today, or tomorrow at 18:00 once today’s has passed', () => {
    const due = (now: string) => endOfWorkingDayAhead(dayjs(now)).format('YYYY-MM-DD HH:mm');
    expect(due('2026-03-02T08:15:00')).toBe('2026-03-02 18:00');
    expect(due('2026-03-02T18:19:00')).toBe('2026-03-03 18:00');
    expect(due('2026-03-02T18:00:00')).toBe('2026-03-03 18:00');
  });

  it('a range of days filters whole Shanghai days', () => {
    expect(dateRangeQuery([dayjs('2026-03-01'), dayjs('2026-03-02')])).toEqual({
      from: '2026-02-28T16:00:00.000Z',
      to: '2026-03-02T15:59:59.999Z',
    });
    expect(dateRangeQuery(null)).toEqual({ from: undefined, to: undefined });
  });

  it('the zone is named by its offset', () => {
    expect(utcOffsetText(new Date(instant))).toBe('UTC+8');
  });
});
