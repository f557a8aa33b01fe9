import { addLocalDays, isWorkingDay, type LocalDate } from '../../platform/deadlines/calendar.js';

/** The working day before `day` on the company calendar (weekends and public holidays skipped). */
export function previousWorkingDay(day: LocalDate): LocalDate {
  let d = addLocalDays(day, -1);
  while (!isWorkingDay(d)) d = addLocalDays(d, -1);
  return d;
}
