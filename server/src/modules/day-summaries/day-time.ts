import { fromWallTime, type LocalDate } from '../../platform/deadlines/calendar.js';

/** OPS-3: the moment a company-calendar day reads `HH:mm` on the company's wall clock. */
export function atTimeOfDay(day: LocalDate, time: string, tz: string): Date {
  const [year, month, d] = day.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return fromWallTime({ year, month, day: d, hour, minute, second: 0, ms: 0 }, tz);
}
