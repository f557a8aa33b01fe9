import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.js';
import { scopeCondition } from '../../../platform/access/scopes.js';
import { submitForApproval } from '../../../platform/approvals/transitions.js';
import { audit } from '../../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { checkCommitmentDrafts, replaceCommitmentDrafts } from '../commitments/draft-commitments.js';
import { visitReports, visits } from '../tables.js';
import { VISIT_REPORT } from './due.js';
import { openVisitReport } from './open-report.js';
import { getReportOfVisit } from './queries.js';
import type { TVisitReport, TVisitReportInput } from './schemas.js';

/**
 * VIS-5: only the visit's rep writes its report, once the visit is done, while it is a draft or
 * returned; the commitments not yet submitted are replaced by the ones written now (VIS-6).
 */
async function writeReport(tx: Tx, ctx: Ctx, visitId: string, input: TVisitReportInput) {
  const actor = requireActor(ctx);
  const now = ctx.clock.now();
  const [visit] = await tx
    .select()
    .from(visits)
    .where(
      and(
        eq(visits.id, visitId),
        scopeCondition(actor, 'visit:write', { owner: visits.repId, unit: visits.unitId }),
      ),
    );
  if (!visit) throw appError('NOT_FOUND');
  if (visit.repId !== actor.id) throw appError('VISIT_REPORT_NOT_AUTHOR');
  const doneAt = visit.checkOutAt ?? visit.checkInAt;
  if (visit.status !== 'done' || !doneAt) throw appError('VISIT_NOT_DONE');
  const opened = await openVisitReport(tx, ctx, {
    visitId: visit.id,
    repId: visit.repId,
    unitId: visit.unitId,
    customerId: visit.customerId,
    checkOutAt: doneAt,
  });
  const [before] = await tx.select().from(visitReports).where(eq(visitReports.id, opened.id)).for('update');
  if (!before) throw appError('NOT_FOUND');
  if (before.status !== 'draft' && before.status !== 'returned') throw appError('VISIT_REPORT_NOT_EDITABLE');
  await checkCommitmentDrafts(tx, actor, input.commitments, now);
  const [after] = await tx
    .update(visitReports)
    .set({
      purposeAchieved: input.purposeAchieved ?? null,
      customerSituation: input.customerSituation ?? null,
      customerNeeds: input.customerNeeds ?? null,
      competitorInfo: input.competitorInfo ?? null,
      nextSteps: input.nextSteps ?? null,
      updatedAt: now,
    })
    .where(eq(visitReports.id, before.id))
    .returning();
  const commitments = await replaceCommitmentDrafts(tx, ctx, visit.id, input.commitments);
  await audit(tx, ctx, {
    entity: VISIT_REPORT,
    entityId: before.id,
    action: 'visitReport.save',
    before: { report: before, commitments: commitments.removed },
    after: { report: after, commitments: commitments.added },
  });
  return before.id;
}

/** VIS-5: the rep saves the report as a draft (nothing is due from others yet). */
export function saveVisitReport(ctx: Ctx, visitId: string, input: TVisitReportInput): Promise<TVisitReport> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    await writeReport(tx, ctx, visitId, input);
    return getReportOfVisit(tx, actor, visitId, ctx.clock.now());
  });
}

/**
 * VIS-5: the rep submits the report as written now: it goes to the reviewer (visit.reportReviewers,
 * the direct superior by default) as a 待办, its deadline closes, its commitments are tracked (VIS-6).
 * A returned report is submitted again the same way (a new review round).
 */
export function submitVisitReport(
  ctx: Ctx,
  visitId: string,
  input: TVisitReportInput,
): Promise<TVisitReport> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const reportId = await writeReport(tx, ctx, visitId, input);
    await submitForApproval(tx, ctx, { docType: VISIT_REPORT, docId: reportId });
    return getReportOfVisit(tx, actor, visitId, ctx.clock.now());
  });
}
