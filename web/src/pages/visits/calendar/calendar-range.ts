import dayjs from 'dayjs';

export type CalendarView = 'week' | 'month';

/** The days a view shows around an anchor day (YYYY-MM-DD): a week, or the month's six-week grid. */
export function viewRange(view: CalendarView, anchor: string): { from: string; to: string } {
  const day = dayjs(anchor);
  // Weeks start on the locale's first day (Monday in Chinese), as the month grid does.
  const start = view === 'week' ? day.startOf('week') : day.startOf('month').startOf('week');
  const days = view === 'week' ? 6 : 41;
  return { from: start.format('YYYY-MM-DD'), to: start.add(days, 'day').format('YYYY-MM-DD') };
}

/** The anchor one view-length earlier or later. */
export function shiftAnchor(view: CalendarView, anchor: string, step: -1 | 1): string {
  return dayjs(anchor).add(step, view).format('YYYY-MM-DD');
}

/** Every day from `from` to `to`, both included. */
export function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = dayjs(from); !d.isAfter(dayjs(to), 'day'); d = d.add(1, 'day'))
    out.push(d.format('YYYY-MM-DD'));
  return out;
}

/** Items by their `day`. */
export function byDay<T extends { day: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.day);
    if (list) list.push(item);
    else map.set(item.day, [item]);
  }
  return map;
}

/**
 * Whether a visit may be dropped on a day: it may move (the server says so), the day is today or
 * later, and a visit of the monthly plan stays in its month (VIS-1/VIS-2).
 */
export function mayDropOn(
  visit: { canMove: boolean; plannedOn: string; fromPlan: boolean },
  day: string,
  today: string,
): boolean {
  if (!visit.canMove || day < today || day === visit.plannedOn) return false;
  return !visit.fromPlan || day.slice(0, 7) === visit.plannedOn.slice(0, 7);
}
