import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows, type Tx } from '../../../db/client.js';
import type { Ctx } from '../../../platform/context.js';
import { computeDueAt, localDate } from '../../../platform/deadlines/calendar.js';
import { closeDueItems, openDueItem, type Rung } from '../../../platform/deadlines/due-items.js';
import { deadlineEvents } from '../../../platform/deadlines/escalate.js';
import { defineDueItemKind, type KindNotice, type RungFiring } from '../../../platform/deadlines/kinds.js';
import { companyTimeZone, reminderHoursBefore } from '../../../platform/deadlines/policies.js';
import { readPolicies, readPolicy } from '../../../platform/policies/read.js';
import { visitReportDayKind, visitReportEscalateDays, visitReportReviseDays } from './policies.js';

/** VIS-5: a visit report to write (or to revise) is a due item of this kind, owned by the rep. */
export const VISIT_REPORT_KIND = 'visit.report';
/** The subject type (and approval document type) of visit reports. */
export const VISIT_REPORT = 'visit_report';

export const reportLink = (reportId: string) => `/visit-reports/${reportId}`;

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * 60;

/**
 * VIS-5: when a report counted from `from` is due: `days` calendar or working days later (policy
 * visit.reportDayKind), at the end of that day in the company time zone — a visit done on day V
 * with 2 calendar days is due at the end of V+2 and overdue from the start of V+3.
 */
export async function reportDueAt(
  db: DbOrTx,
  from: Date,
  days: number,
  unitId: string,
): Promise<{ dueAt: Date; rule: Record<string, unknown> }> {
  const [kind, tz] = await Promise.all([
    readPolicy(db, visitReportDayKind, from, unitId),
    readPolicy(db, companyTimeZone, from),
  ]);
  const unit = kind === 'working' ? 'working_days' : 'calendar_days';
  const dueAt = computeDueAt({ from, amount: days, unit, endOfDay: true }, tz);
  return { dueAt, rule: { from: from.toISOString(), amount: days, unit, endOfDay: true } };
}

/**
 * VIS-5: the escalation ladder of a report: the rep is reminded before the due time
 * (deadline.reminderHoursBefore), told when it is overdue, and visit.reportEscalateDays later the
 * rep's direct superior is told (a superior who is gone: the next one up, ORG-3).
 */
async function reportLadder(db: DbOrTx, at: Date, unitId: string): Promise<Rung[]> {
  const values = await readPolicies(db, [reminderHoursBefore, visitReportEscalateDays], at, unitId);
  const hoursBefore = values.get(reminderHoursBefore.id) as number;
  const escalateDays = values.get(visitReportEscalateDays.id) as number;
  const ladder: Rung[] = [];
  if (hoursBefore > 0) {
    ladder.push({ offsetMinutes: -hoursBefore * MINUTES_PER_HOUR, notify: 'owner', key: 'reminder' });
  }
  ladder.push(
    { offsetMinutes: 0, notify: 'owner', key: 'overdue' },
    {
      offsetMinutes: escalateDays * MINUTES_PER_DAY,
      notify: 'superior',
      event: deadlineEvents.escalated,
      key: 'supervisor',
    },
  );
  return ladder;
}

interface ReportFacts {
  report_id: string;
  visit_id: string;
  status: string;
  customer_name: string;
  rep_name: string;
  done_at: Date | string | null;
}

async function factsOf(db: DbOrTx, reportId: string): Promise<ReportFacts | undefined> {
  const [row] = await queryRows<ReportFacts>(
    db,
    sql`select r.id as report_id, r.visit_id, r.status, c.name as customer_name, u.display_name as rep_name,
          coalesce(v.check_out_at, v.check_in_at) as done_at
        from visit_reports r
        join visits v on v.id = r.visit_id
        join customers c on c.id = v.customer_id
        join users u on u.id = r.author_id
        where r.id::text = ${reportId}`,
  );
  return row;
}

/** The company date a visit was made: what the report's title and notices name. */
export function visitDateOf(doneAt: Date | string | null, tz: string): string {
  return doneAt ? localDate(new Date(doneAt), tz) : '';
}

/** VIS-5: the notices of the ladder, naming the customer, the visit date and (to the superior) the rep. */
async function notice(tx: Tx, f: RungFiring & { event: string }): Promise<KindNotice | null> {
  const r = await factsOf(tx, f.item.subjectId);
  if (!r) return null;
  const day = visitDateOf(r.done_at, f.tz);
  const link = reportLink(r.report_id);
  switch (f.rung.key) {
    case 'reminder':
      return {
        link,
        title: {
          'zh-CN': `拜访报告即将到期：${r.customer_name}（${day} 拜访）`,
          en: `Visit report due soon: ${r.customer_name} (visited ${day})`,
        },
      };
    case 'overdue':
      return {
        link,
        title: {
          'zh-CN': `拜访报告已逾期：${r.customer_name}（${day} 拜访），请尽快提交`,
          en: `Visit report overdue: ${r.customer_name} (visited ${day}) — please submit it`,
        },
      };
    case 'supervisor':
      return {
        link,
        title: {
          'zh-CN': `下属拜访报告逾期：${r.rep_name} 的 ${r.customer_name}（${day} 拜访）`,
          en: `Overdue visit report in your team: ${r.rep_name}, ${r.customer_name} (visited ${day})`,
        },
      };
    default:
      return null;
  }
}

/** VIS-5: the report deadline on the deadline engine; a report submitted meanwhile is no longer due. */
export const visitReportDueKind = defineDueItemKind({
  kind: VISIT_REPORT_KIND,
  label: { 'zh-CN': '拜访报告', en: 'Visit report' },
  link: (id) => reportLink(id),
  notice,
  stillDue: async (tx, item) => {
    const r = await factsOf(tx, item.subjectId);
    return !!r && (r.status === 'draft' || r.status === 'returned');
  },
});

/** Opens the report's due item (the rep's), with the VIS-5 ladder read for the visit's unit. */
export async function openReportDueItem(
  tx: Tx,
  ctx: Ctx,
  report: { id: string; authorId: string; visitId: string },
  visit: { unitId: string; customerName: string; visitDate: string },
  due: { dueAt: Date; rule: Record<string, unknown> },
): Promise<void> {
  await openDueItem(tx, ctx, {
    kind: VISIT_REPORT_KIND,
    title: `拜访报告：${visit.customerName}（${visit.visitDate}）/ Visit report: ${visit.customerName} (${visit.visitDate})`,
    ownerId: report.authorId,
    unitId: visit.unitId,
    subjectType: VISIT_REPORT,
    subjectId: report.id,
    dueAt: due.dueAt,
    rule: { rule: 'VIS-5', visitId: report.visitId, ...due.rule },
    ladder: await reportLadder(tx, ctx.clock.now(), visit.unitId),
  });
}

/**
 * VIS-5: a returned (or withdrawn) report is due again visit.reportReviseDays after now, never
 * earlier than its first due time.
 */
export async function reviseDueAt(
  db: DbOrTx,
  now: Date,
  firstDueAt: Date | null,
  unitId: string,
): Promise<{ dueAt: Date; rule: Record<string, unknown> }> {
  const days = await readPolicy(db, visitReportReviseDays, now, unitId);
  const due = await reportDueAt(db, now, days, unitId);
  if (firstDueAt && firstDueAt.getTime() > due.dueAt.getTime()) {
    return { dueAt: firstDueAt, rule: { ...due.rule, keptFirstDueAt: true } };
  }
  return { dueAt: due.dueAt, rule: { ...due.rule, revise: true } };
}

/** The report was submitted: its open due item closes (audited). */
export function closeReportDueItem(tx: Tx, ctx: Ctx, reportId: string, reason: string): Promise<void> {
  return closeDueItems(tx, ctx, {
    subjectType: VISIT_REPORT,
    subjectId: reportId,
    kind: VISIT_REPORT_KIND,
    reason,
  });
}
