import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../db/client.js';
import type { Actor } from '../../../platform/context.js';
import { dueItems } from '../../../platform/deadlines/tables.js';
import { appError } from '../../../platform/errors.js';
import { customers } from '../../customers/index.js';
import { visitReports, visits } from '../tables.js';
import type { CompanyMonth } from './month.js';
import type { TComplianceVisit, TRepCompliance, TVisitComplianceQuery } from './schemas.js';
import { VISIT_REPORT_DUE_KIND, visitComplianceFor } from './visit-compliance.js';

interface VisitRow {
  id: string;
  customer_id: string;
  customer_name: string;
  purpose: string;
  status: TComplianceVisit['status'];
  planned_on: string;
  planned_minutes: number;
  plan_line_id: string | null;
  cancel_reason: string | null;
  check_in_at: Date | string | null;
  check_out_at: Date | string | null;
  submitted_at: Date | string | null;
  due_at: Date | string | null;
}

const isoOf = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

/** The rep's visits that count in the month: planned in it, or done (checked out) in it. */
async function visitsOfMonth(db: DbOrTx, repId: string, m: CompanyMonth): Promise<VisitRow[]> {
  return queryRows<VisitRow>(
    db,
    sql`select v.id, v.customer_id, c.name as customer_name, v.purpose, v.status,
        v.planned_on::text as planned_on, v.planned_minutes, v.plan_line_id, v.cancel_reason,
        v.check_in_at, v.check_out_at, r.submitted_at,
        coalesce(r.due_at, (select max(d.due_at) from ${dueItems} d
          where d.subject_type = 'visit' and d.subject_id = v.id::text and d.kind = ${VISIT_REPORT_DUE_KIND}
            and d.status <> 'cancelled')) as due_at
      from ${visits} v
      join ${customers} c on c.id = v.customer_id
      left join ${visitReports} r on r.visit_id = v.id
      where v.rep_id = ${repId}::uuid
        and (v.planned_on between ${m.firstDay}::date and ${m.lastDay}::date
          or (v.check_out_at >= ${m.start.toISOString()}::timestamptz
            and v.check_out_at < ${m.end.toISOString()}::timestamptz))
      order by v.planned_on, v.check_in_at nulls last, v.id`,
  );
}

/** How the row counts, by the rules of visitComplianceFor (visit-compliance.ts). */
function present(r: VisitRow, m: CompanyMonth, now: Date): TComplianceVisit {
  const checkIn = isoOf(r.check_in_at);
  const checkOut = isoOf(r.check_out_at);
  const dueAt = isoOf(r.due_at);
  const submittedAt = isoOf(r.submitted_at);
  const doneInMonth =
    r.status === 'done' && checkOut !== null && new Date(checkOut) >= m.start && new Date(checkOut) < m.end;
  const reportState: TComplianceVisit['reportState'] = !doneInMonth
    ? 'not_done'
    : submittedAt !== null
      ? dueAt !== null && submittedAt > dueAt
        ? 'late'
        : 'on_time'
      : dueAt !== null && new Date(dueAt) < now
        ? 'missing'
        : 'not_due';
  return {
    id: r.id,
    customer: { id: r.customer_id, name: r.customer_name },
    purpose: r.purpose,
    status: r.status,
    plannedOn: r.planned_on,
    plannedMinutes: Number(r.planned_minutes),
    fromPlan: r.plan_line_id !== null,
    countsAsPlanned:
      r.plan_line_id !== null &&
      r.planned_on >= m.firstDay &&
      r.planned_on <= m.lastDay &&
      !(r.status === 'cancelled' && r.cancel_reason === 'plan_changed'),
    checkInAt: checkIn,
    checkOutAt: checkOut,
    spentMinutes:
      checkIn && checkOut ? Math.round((Date.parse(checkOut) - Date.parse(checkIn)) / 60_000) : null,
    reportState,
    reportDueAt: dueAt,
    reportSubmittedAt: submittedAt,
  };
}

/**
 * VIS-2/VIS-7: one person's month — their figures and the visits behind them. Someone outside the
 * actor's visit:read scope (or without visits and not visiting customers) is 404.
 */
export async function repCompliance(
  db: DbOrTx,
  actor: Actor,
  repId: string,
  q: TVisitComplianceQuery,
  now: Date,
): Promise<TRepCompliance> {
  const { month, rows } = await visitComplianceFor(db, { month: q.month, now, reps: { actor }, only: repId });
  const row = rows[0];
  if (!row) throw appError('NOT_FOUND');
  const list = await visitsOfMonth(db, repId, month);
  return {
    month: month.month,
    firstDay: month.firstDay,
    lastDay: month.lastDay,
    today: month.today,
    row,
    visits: list.map((r) => present(r, month, now)),
  };
}
