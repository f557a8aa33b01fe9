import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { addLocalDays, isWorkingDay } from '../../platform/deadlines/calendar.js';
import {
  monthCodeOf,
  monthsOf,
  type PeriodCode,
  period,
  workingDaysBetween,
  yearOf,
} from '../../platform/periods/periods.js';
import type { TargetMetric } from './tables.js';

export interface TargetSubject {
  type: 'unit' | 'user';
  id: string;
}

const keyOf = (s: TargetSubject, p: PeriodCode) => `${s.type}:${s.id}:${p}`;

/**
 * PLAN-2/PLAN-3: the targets in force — approved versions only — of subjects for periods. A
 * year or month is as approved (the company unit's from the approved annual sales plan, every
 * other unit and person from the approved split of the unit above); a quarter is the sum of its
 * months; a week is its share of the months it touches, by working days (ADR 25). No approved
 * figure: null. Keyed `<type>:<id>:<period>`.
 */
export async function targetsInForce(
  db: DbOrTx,
  q: {
    metric: TargetMetric;
    category?: string;
    subjects: readonly TargetSubject[];
    periods: readonly PeriodCode[];
  },
): Promise<Map<string, bigint | null>> {
  const out = new Map<string, bigint | null>();
  if (q.subjects.length === 0 || q.periods.length === 0) return out;
  const category = q.category ?? '';
  const years = [...new Set(q.periods.flatMap((p) => [yearOf(p), ...weekYears(p)]))];
  const ids = [...new Set(q.subjects.map((s) => s.id))];
  const rows = await queryRows<{
    subject_type: 'unit' | 'user';
    subject_id: string;
    period: string;
    value: string;
  }>(
    db,
    sql`select l.subject_type, l.subject_id::text as subject_id, l.period, l.value::text as value
        from target_lines l join target_sets s on s.id = l.set_id
        where s.status = 'approved' and s.metric = ${q.metric} and s.category = ${category}
          and s.year in (${sql.join(
            years.map((y) => sql`${y}`),
            sql`, `,
          )})
          and l.subject_id::text in (${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )})
        union all
        select 'unit', u.id::text, t.period, t.value::text
        from sales_plans p join sales_plan_targets t on t.plan_id = p.id
        join units u on u.parent_id is null
        where p.status = 'approved' and t.metric = ${q.metric} and t.category = ${category}
          and p.year in (${sql.join(
            years.map((y) => sql`${y}`),
            sql`, `,
          )})
          and u.id::text in (${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )})`,
  );
  const stored = new Map<string, bigint>();
  for (const r of rows) stored.set(`${r.subject_type}:${r.subject_id}:${r.period}`, BigInt(r.value));
  for (const s of q.subjects) {
    for (const p of q.periods) out.set(keyOf(s, p), targetOf(stored, s, p));
  }
  return out;
}

/** The years whose months a week touches (a week may start in December). */
function weekYears(code: PeriodCode): number[] {
  const p = period(code);
  return p.kind === 'week' ? [yearOf(p.from), yearOf(p.to)] : [];
}

function targetOf(stored: Map<string, bigint>, s: TargetSubject, code: PeriodCode): bigint | null {
  const p = period(code);
  if (p.kind === 'year' || p.kind === 'month') return stored.get(keyOf(s, code)) ?? null;
  if (p.kind === 'quarter') {
    let sum = 0n;
    for (const m of monthsOf(code)) {
      const v = stored.get(keyOf(s, m));
      if (v === undefined) return null;
      sum += v;
    }
    return sum;
  }
  // A week: each month's target × (the week's working days in that month ÷ the month's working days).
  let sum = 0n;
  const byMonth = new Map<PeriodCode, number>();
  for (let d = p.from; d <= p.to; d = addLocalDays(d, 1)) {
    if (isWorkingDay(d)) byMonth.set(monthCodeOf(d), (byMonth.get(monthCodeOf(d)) ?? 0) + 1);
  }
  for (const [m, days] of byMonth) {
    const v = stored.get(keyOf(s, m));
    if (v === undefined) return null;
    const month = period(m);
    const total = BigInt(workingDaysBetween(month.from, month.to));
    if (total === 0n) continue;
    sum += (v * BigInt(days) * 2n + total) / (2n * total);
  }
  return sum;
}

export const targetKey = keyOf;
