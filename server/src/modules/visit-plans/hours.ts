/**
 * VIS-1: 预定停留时数. People write hours with at most one decimal ("1.5", "0.5", "2"); the
 * database keeps whole minutes (hours × 60), so no fraction is ever stored. One tenth of an
 * hour is 6 minutes: the conversion is integer arithmetic on the digits.
 */
export const HOURS_PATTERN = /^\d{1,2}(\.\d)?$/;
export const MINUTES_PER_TENTH = 6;
export const MINUTES_PER_HOUR = 60;

/** "1.5" → 90; the text must match HOURS_PATTERN. */
export function hoursToMinutes(text: string): number {
  const [whole = '0', tenth = '0'] = text.split('.');
  return Number.parseInt(whole, 10) * MINUTES_PER_HOUR + Number.parseInt(tenth, 10) * MINUTES_PER_TENTH;
}

/** 90 → "1.5"; minutes that are not whole tenths of an hour round to the nearest tenth. */
export function minutesToHours(minutes: number): string {
  const tenths = Math.round(minutes / MINUTES_PER_TENTH);
  const whole = Math.trunc(tenths / 10);
  const rest = tenths % 10;
  return rest === 0 ? String(whole) : `${whole}.${rest}`;
}
