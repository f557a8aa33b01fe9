import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../../platform/approvals/flows.js';
import { approvalSteps } from '../../../platform/approvals/tables.js';
import { audit } from '../../../platform/audit/audit.js';
import type { Ctx } from '../../../platform/context.js';
import { companyTimeZone } from '../../../platform/deadlines/policies.js';
import { appError } from '../../../platform/errors.js';
import type { Localized } from '../../../platform/i18n/lang.js';
import { readPolicy } from '../../../platform/policies/read.js';
import { isUuid } from '../../../platform/schemas.js';
import { validationMessage } from '../../../platform/validation-messages.js';
import { customers } from '../../customers/index.js';
import { openDraftCommitments } from '../commitments/open-commitments.js';
import { visitReports, visits } from '../tables.js';
import {
  closeReportDueItem,
  openReportDueItem,
  reportLink,
  reviseDueAt,
  VISIT_REPORT,
  visitDateOf,
} from './due.js';
import { visitReportReviewers } from './policies.js';
import { canReadReport } from './queries.js';

type ReportRow = typeof visitReports.$inferSelect;

async function lockedReport(tx: Tx, id: string) {
  const [row] = await tx
    .select({ report: visitReports, visit: visits, customerName: customers.name })
    .from(visitReports)
    .innerJoin(visits, eq(visits.id, visitReports.visitId))
    .innerJoin(customers, eq(customers.id, visits.customerId))
    .where(eq(visitReports.id, id))
    .for('update', { of: visitReports });
  if (!row) throw appError('NOT_FOUND');
  return row;
}

/** VIS-5: what a report must say before it goes to the supervisor. */
function missingParts(r: ReportRow): Record<string, Localized> {
  const fields: Record<string, Localized> = {};
  if (!r.purposeAchieved) fields.purposeAchieved = validationMessage('required');
  if (!r.customerSituation) fields.customerSituation = validationMessage('required');
  if (!r.nextSteps) fields.nextSteps = validationMessage('required');
  return fields;
}

/**
 * VIS-5: submitted — the report is complete, its due item closes (the first submission is what
 * the on-time figure reads), and its draft commitments are tracked from now on (VIS-6).
 */
async function onSubmitted(tx: Tx, ctx: Ctx, req: ApprovalHookInput): Promise<void> {
  const { report: before, visit, customerName } = await lockedReport(tx, req.docId);
  if (before.status !== 'draft' && before.status !== 'returned') throw appError('VISIT_REPORT_NOT_EDITABLE');
  const missing = missingParts(before);
  if (Object.keys(missing).length > 0) throw appError('VALIDATION_FAILED', missing);
  const now = ctx.clock.now();
  const [after] = await tx
    .update(visitReports)
    .set({ status: 'submitted', submittedAt: before.submittedAt ?? now, updatedAt: now })
    .where(eq(visitReports.id, before.id))
    .returning();
  await closeReportDueItem(tx, ctx, before.id, 'visitReport.submitted');
  await openDraftCommitments(tx, ctx, { id: visit.id, unitId: visit.unitId, customerName });
  await audit(tx, ctx, {
    entity: VISIT_REPORT,
    entityId: before.id,
    action: 'visitReport.submit',
    before,
    after,
  });
}

/** The decision just taken on the request: who, when, with what comment. */
async function decidedStep(tx: Tx, requestId: string) {
  const [step] = await tx
    .select()
    .from(approvalSteps)
    .where(
      and(eq(approvalSteps.requestId, requestId), inArray(approvalSteps.status, ['approved', 'rejected'])),
    )
    .orderBy(desc(approvalSteps.decidedAt), desc(approvalSteps.seq))
    .limit(1);
  return step;
}

/** VIS-5: the supervisor approved the report. */
async function onApproved(tx: Tx, ctx: Ctx, req: ApprovalHookInput): Promise<void> {
  const { report: before } = await lockedReport(tx, req.docId);
  const step = await decidedStep(tx, req.requestId);
  const now = ctx.clock.now();
  const [after] = await tx
    .update(visitReports)
    .set({
      status: 'approved',
      reviewerId: step?.approverId ?? ctx.actor?.id ?? null,
      reviewedAt: step?.decidedAt ?? now,
      reviewComment: step?.comment ?? null,
      updatedAt: now,
    })
    .where(eq(visitReports.id, before.id))
    .returning();
  await audit(tx, ctx, {
    entity: VISIT_REPORT,
    entityId: before.id,
    action: 'visitReport.approve',
    before,
    after,
  });
}

/**
 * VIS-5: a report back with the rep to revise (returned with the supervisor's comment, or
 * withdrawn): due again within visit.reportReviseDays (never before its first due time). Its
 * first due time stays on the report: on time or late is judged by the first submission.
 */
async function backToRep(tx: Tx, ctx: Ctx, req: ApprovalHookInput, returned: boolean): Promise<void> {
  const { report: before, visit, customerName } = await lockedReport(tx, req.docId);
  const now = ctx.clock.now();
  const step = returned ? await decidedStep(tx, req.requestId) : undefined;
  const [after] = await tx
    .update(visitReports)
    .set(
      returned
        ? {
            status: 'returned',
            reviewerId: step?.approverId ?? ctx.actor?.id ?? null,
            reviewedAt: step?.decidedAt ?? now,
            reviewComment: step?.comment ?? null,
            updatedAt: now,
          }
        : { status: 'draft', updatedAt: now },
    )
    .where(eq(visitReports.id, before.id))
    .returning();
  const tz = await readPolicy(tx, companyTimeZone, now);
  const due = await reviseDueAt(tx, now, before.dueAt, visit.unitId);
  await openReportDueItem(
    tx,
    ctx,
    before,
    {
      unitId: visit.unitId,
      customerName,
      visitDate: visitDateOf(visit.checkOutAt ?? visit.checkInAt, tz),
    },
    due,
  );
  await audit(tx, ctx, {
    entity: VISIT_REPORT,
    entityId: before.id,
    action: returned ? 'visitReport.return' : 'visitReport.withdraw',
    before,
    after,
  });
}

/**
 * VIS-5: the supervisor reviews the visit report — approves it, or returns it with a comment (the
 * engine requires one and tells the rep). Who reviews is the policy visit.reportReviewers (the
 * rep's direct superior by default); 待办 shows the customer and the visit's date (the title), the
 * rep (the submitter) and whether it came on time.
 */
export const visitReportFlow = defineApprovalFlow({
  docType: VISIT_REPORT,
  label: { 'zh-CN': '拜访报告', en: 'Visit report' },
  chain: visitReportReviewers,
  todoFacts: {
    subject: (docId) =>
      sql`select cc.name from visit_reports vr join visits vv on vv.id = vr.visit_id
        join customers cc on cc.id = vv.customer_id where vr.id::text = ${docId}`,
    detail: (docId) => ({
      'zh-CN': sql`select case when vr.submitted_at > vr.due_at then '逾期提交' else '按时提交' end
        from visit_reports vr where vr.id::text = ${docId}`,
      en: sql`select case when vr.submitted_at > vr.due_at then 'submitted late' else 'on time' end
        from visit_reports vr where vr.id::text = ${docId}`,
    }),
  },
  async describe(db, docId) {
    if (!isUuid(docId)) return null;
    const [row] = await db
      .select({ report: visitReports, visit: visits, customerName: customers.name })
      .from(visitReports)
      .innerJoin(visits, eq(visits.id, visitReports.visitId))
      .innerJoin(customers, eq(customers.id, visits.customerId))
      .where(eq(visitReports.id, docId));
    if (!row) return null;
    const doneAt = row.visit.checkOutAt ?? row.visit.checkInAt;
    const tz = await readPolicy(db, companyTimeZone, doneAt ?? row.report.createdAt);
    return {
      title: `${row.customerName} ${visitDateOf(doneAt, tz)}`.trim(),
      amountFen: null,
      unitId: row.visit.unitId,
      ownerId: row.report.authorId,
    };
  },
  canRead: (db, actor, docId) => (isUuid(docId) ? canReadReport(db, actor, docId) : Promise.resolve(false)),
  link: (docId) => reportLink(docId),
  onSubmitted,
  onApproved,
  onRejected: (tx, ctx, req) => backToRep(tx, ctx, req, true),
  onWithdrawn: (tx, ctx, req) => backToRep(tx, ctx, req, false),
});
