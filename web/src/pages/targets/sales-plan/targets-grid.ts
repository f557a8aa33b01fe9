/** PLAN-1: a plan's targets as the form and the table hold them: per metric, the year and its twelve months. */
export interface MetricRow {
  year: string | null;
  months: (string | null)[];
}

export const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

/** The API's list → per metric, year and months (a metric without any target has an empty row). */
export function toGrid(
  year: number,
  metrics: readonly string[],
  targets: readonly { metric: string; period: string; value: string }[],
): Record<string, MetricRow> {
  const grid: Record<string, MetricRow> = {};
  for (const m of metrics) grid[m] = { year: null, months: MONTHS.map(() => null) };
  for (const t of targets) {
    if (!grid[t.metric]) grid[t.metric] = { year: null, months: MONTHS.map(() => null) };
    const row = grid[t.metric]!;
    if (t.period === String(year)) row.year = t.value;
    else {
      const i = MONTHS.indexOf(t.period.slice(5, 7));
      if (t.period.startsWith(`${year}-`) && i >= 0) row.months[i] = t.value;
    }
  }
  return grid;
}

/** Per metric, year and months → the API's list (blank cells left out), in metric order. */
export function fromGrid(
  year: number,
  metrics: readonly string[],
  grid: Record<string, MetricRow | undefined>,
): { metric: string; period: string; value: string }[] {
  const out: { metric: string; period: string; value: string }[] = [];
  for (const metric of metrics) {
    const row = grid[metric];
    if (!row) continue;
    const value = (v: string | null | undefined) => (v === null || v === undefined ? '' : String(v).trim());
    if (value(row.year) !== '') out.push({ metric, period: String(year), value: value(row.year) });
    (row.months ?? []).forEach((v, i) => {
      if (value(v) !== '') out.push({ metric, period: `${year}-${MONTHS[i]}`, value: value(v) });
    });
  }
  return out;
}

/** PLAN-1/PLAN-3: the months' sum against the year, when any month is set: the gap (year − months), else null. */
export function monthsGap(row: MetricRow): bigint | null {
  const set = row.months.filter((v): v is string => v !== null && /^\d+$/.test(v));
  if (set.length === 0 || row.year === null || !/^\d+$/.test(row.year)) return null;
  return BigInt(row.year) - set.reduce((sum, v) => sum + BigInt(v), 0n);
}
