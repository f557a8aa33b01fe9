import { eq } from 'drizzle-orm';
import { submitForApproval } from '../../platform/approvals/transitions.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { getCase } from './queries.js';
import type { TCase, TDecisionProposal } from './schemas.js';
import { assertStep, caseForWrite, PERF_CASE_DOC, PERF_CASE_ENTITY } from './scope.js';
import { performanceCases } from './tables.js';

/**
 * INC-8 (绩效考核): on a case escalated to a performance review, once the improvement plan is
 * agreed, a superior over the person proposes the decision — a warning (警告), a change of
 * position (调岗) or no action — with the reasons, and submits it to the approvers of
 * cases.reviewApprovers, walking up the person's chain. A decision turned down or withdrawn may
 * be proposed again. One transaction, audited.
 */
export async function proposeDecision(ctx: Ctx, id: string, input: TDecisionProposal): Promise<TCase> {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  await inTx(ctx, async (tx) => {
    const row = await caseForWrite(tx, actor, id);
    if (row.level !== 'review') throw appError('PERF_CASE_NOT_REVIEW');
    if (row.decisionStatus === 'pending') throw appError('PERF_CASE_DECISION_PENDING');
    assertStep(row, 'review');
    const [after] = await tx
      .update(performanceCases)
      .set({
        decision: input.decision,
        decisionReasons: input.reasons,
        decisionBy: actor.id,
        decisionAt: at,
        updatedAt: at,
      })
      .where(eq(performanceCases.id, row.id))
      .returning();
    await audit(tx, ctx, {
      entity: PERF_CASE_ENTITY,
      entityId: row.id,
      action: 'perfCase.proposeDecision',
      before: {
        decision: row.decision,
        decisionReasons: row.decisionReasons,
        decisionStatus: row.decisionStatus,
      },
      after: { decision: after!.decision, decisionReasons: after!.decisionReasons },
    });
    await submitForApproval(tx, ctx, { docType: PERF_CASE_DOC, docId: row.id });
  });
  return getCase(ctx.db, actor, id);
}
