/**
 * VIS-1: 预定停留时数. The server keeps minutes (hours × 60, whole tenths of an hour); people
 * read and write hours with at most one decimal. Integer arithmetic only: 90 → "1.5".
 */
const MINUTES_PER_TENTH = 6;

export function hoursText(minutes: number): string {
  const tenths = Math.round(minutes / MINUTES_PER_TENTH);
  const whole = Math.trunc(tenths / 10);
  const rest = tenths % 10;
  return rest === 0 ? String(whole) : `${whole}.${rest}`;
}

/** The hours of a line as the form holds them (the server's minutes in words). */
export const hoursOfLine = (line: { plannedMinutes: number }): string => hoursText(line.plannedMinutes);

/** "1.5" → 90; null when the text is not hours with at most one decimal. */
export function minutesOf(text: string): number | null {
  const m = /^(\d{1,2})(?:\.(\d))?$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 60 + Number(m[2] ?? 0) * MINUTES_PER_TENTH;
}
