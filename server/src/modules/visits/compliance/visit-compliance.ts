import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../db/client.js';
import { holdersOfSql } from '../../../platform/access/holders.js';
import { scopeCondition } from '../../../platform/access/scopes.js';
import type { Actor } from '../../../platform/context.js';
import { dueItems } from '../../../platform/deadlines/tables.js';
import { units, users } from '../../../platform/org/tables.js';
import { visitCommitments, visitReports, visits } from '../tables.js';
import { type CompanyMonth, companyMonth } from './month.js';
import type { TComplianceFigures, TVisitComplianceRow } from './schemas.js';

/**
 * VIS-5: the due item kind of a visit's report; its due time stands in for the report's own
 * `due_at` while the report has no row yet.
 */
export const VISIT_REPORT_DUE_KIND = 'visit.report';

/** Whose figures: given people (the assessment reads its reps), or everyone in the actor's visit:read scope. */
export type ComplianceReps = { repIds: readonly string[] } | { actor: Actor };

/**
 * How each figure is counted, per person and company month [start, end) (company time zone):
 *
 * - planned: visits of an approved plan line (`plan_line_id` set) whose planned day is in the
 *   month, except those cancelled because an approved plan change took their line out
 *   (`cancel_reason = 'plan_changed'`). A planned visit the rep cancelled, or did not make, still
 *   counts as planned and not done. plannedDone: of those, the ones done. plannedMinutes: their
 *   planned hours (预定停留时数).
 * - done: visits done (checked out) in the month, whatever day they were planned for; doneAdHoc:
 *   those without a plan line. spentMinutes: check-out − check-in of the done visits, summed, in
 *   whole minutes.
 * - reports (VIS-5), one per done visit of the month: on time (submitted ≤ due), late (submitted
 *   after), missing (not submitted, due time passed), not due yet. The due time is the report's
 *   `due_at`, else the open or closed due item of kind visit.report on the visit.
 * - commitments (VIS-6) due in the month, by owner, cancelled ones left out: closed (confirmed) on
 *   time when done by the deadline (the confirmation checks the work; the confirmer's delay is not
 *   the owner's lateness), late when done after it; not confirmed yet (open, or done and awaiting
 *   confirmation): overdue once the deadline has passed, else open.
 *
 * "Now" (missing, overdue) is the business clock's `now`.
 */
function complianceSql(m: CompanyMonth, now: Date, reps: ComplianceReps, only?: string): SQL {
  const start = m.start.toISOString();
  const end = m.end.toISOString();
  const at = now.toISOString();
  const people =
    'repIds' in reps
      ? reps.repIds.length
        ? sql`u.id in (${sql.join(
            reps.repIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`
        : sql`false`
      : sql`${scopeCondition(reps.actor, 'visit:read', { owner: sql`u.id`, unit: sql`u.unit_id` })}
          and ((u.status = 'active' and u.id in ${holdersOfSql('visit:write')})
            or exists (select 1 from ${visits} v where v.rep_id = u.id
              and (v.planned_on between ${m.firstDay}::date and ${m.lastDay}::date
                or (v.check_out_at >= ${start}::timestamptz and v.check_out_at < ${end}::timestamptz))))`;
  return sql`with reps as (
      select u.id, u.username, u.display_name, u.unit_id from ${users} u
      where ${people} ${only ? sql`and u.id = ${only}::uuid` : sql``}
    ),
    planned as (
      select v.rep_id, count(*)::int as n,
        (count(*) filter (where v.status = 'done'))::int as done,
        coalesce(sum(v.planned_minutes), 0)::int as minutes
      from ${visits} v
      where v.rep_id in (select id from reps) and v.plan_line_id is not null
        and v.planned_on between ${m.firstDay}::date and ${m.lastDay}::date
        and not (v.status = 'cancelled' and coalesce(v.cancel_reason, '') = 'plan_changed')
      group by 1
    ),
    done as (
      select v.id, v.rep_id, v.plan_line_id, v.check_in_at, v.check_out_at,
        r.submitted_at,
        coalesce(r.due_at, (select max(d.due_at) from ${dueItems} d
          where d.subject_type = 'visit' and d.subject_id = v.id::text and d.kind = ${VISIT_REPORT_DUE_KIND}
            and d.status <> 'cancelled')) as due_at
      from ${visits} v
      left join ${visitReports} r on r.visit_id = v.id
      where v.rep_id in (select id from reps) and v.status = 'done'
        and v.check_out_at >= ${start}::timestamptz and v.check_out_at < ${end}::timestamptz
    ),
    made as (
      select rep_id, count(*)::int as n,
        (count(*) filter (where plan_line_id is null))::int as ad_hoc,
        coalesce(round(sum(extract(epoch from (check_out_at - check_in_at))) / 60), 0)::int as minutes,
        (count(*) filter (where submitted_at is not null and (due_at is null or submitted_at <= due_at)))::int as on_time,
        (count(*) filter (where submitted_at is not null and submitted_at > due_at))::int as late,
        (count(*) filter (where submitted_at is null and due_at < ${at}::timestamptz))::int as missing,
        (count(*) filter (where submitted_at is null and (due_at is null or due_at >= ${at}::timestamptz)))::int as not_due
      from done group by 1
    ),
    promised as (
      select c.owner_id as rep_id, count(*)::int as n,
        (count(*) filter (where c.status = 'confirmed' and coalesce(c.done_at, c.confirmed_at, c.due_at) <= c.due_at))::int as on_time,
        (count(*) filter (where c.status = 'confirmed' and coalesce(c.done_at, c.confirmed_at, c.due_at) > c.due_at))::int as late,
        (count(*) filter (where c.status in ('open', 'done') and c.due_at < ${at}::timestamptz))::int as overdue,
        (count(*) filter (where c.status in ('open', 'done') and c.due_at >= ${at}::timestamptz))::int as open
      from ${visitCommitments} c
      where c.owner_id in (select id from reps) and c.status <> 'cancelled'
        and c.due_at >= ${start}::timestamptz and c.due_at < ${end}::timestamptz
      group by 1
    )
    select r.id, r.username, r.display_name, r.unit_id, un.name as unit_name,
      coalesce(p.n, 0) as planned, coalesce(p.done, 0) as planned_done, coalesce(p.minutes, 0) as planned_minutes,
      coalesce(d.n, 0) as done, coalesce(d.ad_hoc, 0) as done_ad_hoc, coalesce(d.minutes, 0) as spent_minutes,
      coalesce(d.on_time, 0) as reports_on_time, coalesce(d.late, 0) as reports_late,
      coalesce(d.missing, 0) as reports_missing, coalesce(d.not_due, 0) as reports_not_due,
      coalesce(c.n, 0) as commitments_due, coalesce(c.on_time, 0) as commitments_on_time,
      coalesce(c.late, 0) as commitments_late, coalesce(c.overdue, 0) as commitments_overdue,
      coalesce(c.open, 0) as commitments_open
    from reps r
    join ${units} un on un.id = r.unit_id
    left join planned p on p.rep_id = r.id
    left join made d on d.rep_id = r.id
    left join promised c on c.rep_id = r.id
    order by un.name, r.username`;
}

interface Row {
  id: string;
  username: string;
  display_name: string;
  unit_id: string;
  unit_name: string;
  planned: number;
  planned_done: number;
  planned_minutes: number;
  done: number;
  done_ad_hoc: number;
  spent_minutes: number;
  reports_on_time: number;
  reports_late: number;
  reports_missing: number;
  reports_not_due: number;
  commitments_due: number;
  commitments_on_time: number;
  commitments_late: number;
  commitments_overdue: number;
  commitments_open: number;
}

/** plannedDone ÷ planned in percent with one decimal (integer arithmetic); null without a plan. */
export function completionPct(plannedDone: number, planned: number): number | null {
  return planned === 0 ? null : Math.round((plannedDone * 1000) / planned) / 10;
}

function present(r: Row): TVisitComplianceRow {
  const n = (v: number) => Number(v);
  return {
    rep: { id: r.id, username: r.username, displayName: r.display_name },
    unit: { id: r.unit_id, name: r.unit_name },
    planned: n(r.planned),
    plannedDone: n(r.planned_done),
    completionPct: completionPct(n(r.planned_done), n(r.planned)),
    done: n(r.done),
    doneAdHoc: n(r.done_ad_hoc),
    plannedMinutes: n(r.planned_minutes),
    spentMinutes: n(r.spent_minutes),
    reports: {
      onTime: n(r.reports_on_time),
      late: n(r.reports_late),
      missing: n(r.reports_missing),
      notDue: n(r.reports_not_due),
    },
    commitments: {
      due: n(r.commitments_due),
      onTime: n(r.commitments_on_time),
      late: n(r.commitments_late),
      openOverdue: n(r.commitments_overdue),
      open: n(r.commitments_open),
    },
  };
}

/** The team's figures: the sum of its rows (completion recomputed from the sums). */
export function complianceTotals(rows: readonly TComplianceFigures[]): TComplianceFigures {
  const sum = (pick: (r: TComplianceFigures) => number) => rows.reduce((t, r) => t + pick(r), 0);
  const planned = sum((r) => r.planned);
  const plannedDone = sum((r) => r.plannedDone);
  return {
    planned,
    plannedDone,
    completionPct: completionPct(plannedDone, planned),
    done: sum((r) => r.done),
    doneAdHoc: sum((r) => r.doneAdHoc),
    plannedMinutes: sum((r) => r.plannedMinutes),
    spentMinutes: sum((r) => r.spentMinutes),
    reports: {
      onTime: sum((r) => r.reports.onTime),
      late: sum((r) => r.reports.late),
      missing: sum((r) => r.reports.missing),
      notDue: sum((r) => r.reports.notDue),
    },
    commitments: {
      due: sum((r) => r.commitments.due),
      onTime: sum((r) => r.commitments.onTime),
      late: sum((r) => r.commitments.late),
      openOverdue: sum((r) => r.commitments.openOverdue),
      open: sum((r) => r.commitments.open),
    },
  };
}

/**
 * VIS-2/VIS-7 (KPI-1): visit compliance per person for a company month — the one source of these
 * figures; the assessment and targets read them here and do not count them again. One statement
 * for all the people (a policy read for the time zone before it).
 */
export async function visitComplianceFor(
  db: DbOrTx,
  opts: { month?: string; now: Date; reps: ComplianceReps; only?: string },
): Promise<{ month: CompanyMonth; rows: TVisitComplianceRow[] }> {
  const month = await companyMonth(db, opts.now, opts.month);
  const rows = await queryRows<Row>(db, complianceSql(month, opts.now, opts.reps, opts.only));
  return { month, rows: rows.map(present) };
}
