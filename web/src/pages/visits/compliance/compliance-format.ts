/** Minutes as hours with one decimal: 370 → "6.2". */
export function hoursText(minutes: number): string {
  return (minutes / 60).toFixed(1);
}

/** A completion figure: "60.0%", or "—" without planned visits. */
export function pctText(pct: number | null): string {
  return pct === null ? '—' : `${pct.toFixed(1)}%`;
}
