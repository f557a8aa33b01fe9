/**
 * OPS-4: report periods as the server names them — a month `2026-02`, an ISO week `2026-W07`
 * (Monday to Sunday; week 1 holds 4 January) — computed on calendar dates (`YYYY-MM-DD`).
 */

const DAY = 86_400_000;
const utc = (d: string) => new Date(`${d}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The ISO week code of a date. */
export function weekCodeOf(day: string): string {
  const date = utc(day);
  const dow = (date.getUTCDay() + 6) % 7;
  const thursday = new Date(date.getTime() + (3 - dow) * DAY);
  const year = thursday.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const weekOneMonday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY;
  const week = Math.floor((thursday.getTime() - weekOneMonday) / (7 * DAY)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday and Sunday of the week holding a date. */
export function weekOf(day: string): { code: string; from: string; to: string } {
  const date = utc(day);
  const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY);
  return { code: weekCodeOf(day), from: iso(monday), to: iso(new Date(monday.getTime() + 6 * DAY)) };
}

/** The week holding `today` and the `n − 1` before it, newest first. */
export function recentWeeks(today: string, n: number): { code: string; from: string; to: string }[] {
  const out = [];
  for (let i = 0; i < n; i++) out.push(weekOf(iso(new Date(utc(today).getTime() - i * 7 * DAY))));
  return out;
}

export type PeriodParts =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'week'; year: number; week: number };

/** The parts of a period code, for words. */
export function periodParts(code: string): PeriodParts {
  const week = /^(\d{4})-W(\d{2})$/.exec(code);
  if (week) return { kind: 'week', year: Number(week[1]), week: Number(week[2]) };
  return { kind: 'month', year: Number(code.slice(0, 4)), month: Number(code.slice(5, 7)) };
}
