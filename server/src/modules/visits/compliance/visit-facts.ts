import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../db/client.js';
import type { LocalDate } from '../../../platform/deadlines/calendar.js';

/** Visits made by one rep, booked in one unit, on one company day. */
export interface VisitFact {
  repId: string;
  unitId: string;
  /** `YYYY-MM-DD` in the company time zone: the day the visit was checked out. */
  day: LocalDate;
  count: number;
}

/**
 * OPS-4 客户来访量: the visits made (done, checked out) from `from` to `to` (company days, both
 * included), counted per rep, unit and day — the same visits the compliance figures count as
 * `done`, whatever day they were planned for.
 */
export async function doneVisitFacts(
  db: DbOrTx,
  q: { from: LocalDate; to: LocalDate; tz: string },
): Promise<VisitFact[]> {
  const rows = await queryRows<{ rep_id: string; unit_id: string; day: string; n: number }>(
    db,
    sql`select v.rep_id::text as rep_id, v.unit_id::text as unit_id,
          to_char((v.check_out_at at time zone ${q.tz})::date, 'YYYY-MM-DD') as day, count(*)::int as n
        from visits v
        where v.status = 'done'
          and v.check_out_at >= (${q.from}::date)::timestamp at time zone ${q.tz}
          and v.check_out_at < (${q.to}::date + 1)::timestamp at time zone ${q.tz}
        group by 1, 2, 3`,
  );
  return rows.map((r) => ({ repId: r.rep_id, unitId: r.unit_id, day: r.day, count: Number(r.n) }));
}
