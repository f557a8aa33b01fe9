import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { approveStep, rejectStep } from '../../platform/approvals/transitions.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { notify } from '../../platform/notifications/notify.js';
import { isUuid } from '../../platform/schemas.js';
import { flagReasonNeeded, lockedClaim, setClaim, unexplainedFlags } from './claim-flow.js';
import { currentStage, getClaim } from './claim-queries.js';
import type { TClaim } from './schemas.js';
import { CLAIM_ENTITY, type ClaimRow, claimLink, claimReadable } from './scope.js';
import { expenseClaimLines, expenseClaims } from './tables.js';

type Stage = 'review' | 'finance';

/** The claim (404 unseen), its round waiting for the actor at this stage (409 otherwise). */
async function claimAtStage(tx: Tx, ctx: Ctx, id: string, stage: Stage | null) {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [seen] = await tx
    .select({ id: expenseClaims.id })
    .from(expenseClaims)
    .where(and(eq(expenseClaims.id, id), claimReadable(actor)));
  if (!seen) throw appError('NOT_FOUND');
  const claim = await lockedClaim(tx, id);
  if (claim.status !== 'submitted') throw appError('EXPENSE_DECIDED');
  const current = await currentStage(tx, id);
  if (!current) throw appError('EXPENSE_DECIDED');
  if (stage && current.stage !== stage) throw appError('EXPENSE_WRONG_STAGE');
  if (current.approverId !== actor.id) throw appError('APPROVAL_NOT_CURRENT_APPROVER');
  return { claim, requestId: current.requestId, stage: current.stage };
}

const tellClaimant = (tx: Tx, ctx: Ctx, claim: ClaimRow, event: string, zh: string, en: string) =>
  notify(tx, ctx, {
    userId: claim.userId,
    event,
    title: { 'zh-CN': `报销单 ${claim.number}：${zh}`, en: `Claim ${claim.number}: ${en}` },
    subjectType: CLAIM_ENTITY,
    subjectId: claim.id,
    link: claimLink(claim.id),
  });

/** Records why the flagged lines pass (once each), audited; a reason is required when any is unexplained. */
async function explainFlags(tx: Tx, ctx: Ctx, claim: ClaimRow, reason: string | null) {
  if ((await unexplainedFlags(tx, claim.id)) === 0) return;
  if (!reason) throw flagReasonNeeded();
  const lines = await tx
    .update(expenseClaimLines)
    .set({ flagReason: reason, flagClearedBy: requireActor(ctx).id, updatedAt: ctx.clock.now() })
    .where(
      and(
        eq(expenseClaimLines.claimId, claim.id),
        sql`jsonb_array_length(${expenseClaimLines.flags}) > 0`,
        isNull(expenseClaimLines.rejectedAt),
        isNull(expenseClaimLines.flagReason),
      ),
    )
    .returning({ id: expenseClaimLines.id, seq: expenseClaimLines.seq, flags: expenseClaimLines.flags });
  await audit(tx, ctx, {
    entity: CLAIM_ENTITY,
    entityId: claim.id,
    action: 'expense_claim.pass_flagged',
    after: { reason, lines },
  });
}

/**
 * EXP-3: the current approver at a stage approves — a flagged line passes only with a reason.
 * After department review the claim goes on (the next reviewer or finance, told by the engine)
 * and the claimant is told; finance's approval makes it approved (to pay).
 */
export function approveClaim(
  ctx: Ctx,
  id: string,
  stage: Stage,
  input: { note: string | null; flagReason: string | null },
): Promise<TClaim> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const { claim, requestId } = await claimAtStage(tx, ctx, id, stage);
    await explainFlags(tx, ctx, claim, input.flagReason);
    // Department review's notice to the claimant comes from the flow (claim-flow.ts, onAdvanced).
    await approveStep(tx, ctx, requestId, input.note);
    return getClaim(tx, actor, id);
  });
}

/** EXP-3: the current approver at a stage rejects the whole claim with a reason (the engine tells the claimant). */
export function rejectClaim(ctx: Ctx, id: string, stage: Stage, reason: string): Promise<TClaim> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const { requestId } = await claimAtStage(tx, ctx, id, stage);
    await rejectStep(tx, ctx, requestId, reason);
    return getClaim(tx, actor, id);
  });
}

/**
 * EXP-3: the current approver rejects one line with a reason: the claim's total leaves it out
 * (and its flags no longer need a reason); the claimant is told. Not the last line standing.
 */
export function rejectLine(ctx: Ctx, id: string, lineId: string, reason: string): Promise<TClaim> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const { claim } = await claimAtStage(tx, ctx, id, null);
    const lines = await tx.select().from(expenseClaimLines).where(eq(expenseClaimLines.claimId, id));
    const line = lines.find((l) => l.id === lineId);
    if (!line) throw appError('NOT_FOUND');
    if (line.rejectedAt) throw appError('EXPENSE_DECIDED');
    const standing = lines.filter((l) => !l.rejectedAt && l.id !== lineId);
    if (standing.length === 0) throw appError('EXPENSE_LAST_LINE');
    const at = ctx.clock.now();
    await tx
      .update(expenseClaimLines)
      .set({ rejectedReason: reason, rejectedBy: actor.id, rejectedAt: at, updatedAt: at })
      .where(eq(expenseClaimLines.id, lineId));
    const total = standing.reduce((s, l) => s + l.amountFen, 0n);
    await audit(tx, ctx, {
      entity: CLAIM_ENTITY,
      entityId: id,
      action: 'expense_claim.reject_line',
      before: { line: { id: line.id, seq: line.seq, amountFen: line.amountFen } },
      after: { reason },
    });
    await setClaim(tx, ctx, claim, { totalFen: total }, 'expense_claim.total');
    await tellClaimant(
      tx,
      ctx,
      claim,
      'expense.lineRejected',
      `第 ${line.seq} 条明细被驳回：${reason}`,
      `line ${line.seq} rejected: ${reason}`,
    );
    return getClaim(tx, actor, id);
  });
}

/** EXP-3: finance records the payment date of an approved claim: paid; the claimant is told. */
export function payClaim(ctx: Ctx, id: string, paidOn: string): Promise<TClaim> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    if (!isUuid(id)) throw appError('NOT_FOUND');
    const [seen] = await tx
      .select({ id: expenseClaims.id })
      .from(expenseClaims)
      .where(and(eq(expenseClaims.id, id), claimReadable(actor)));
    if (!seen) throw appError('NOT_FOUND');
    const claim = await lockedClaim(tx, id);
    if (claim.status !== 'approved') throw appError('EXPENSE_NOT_APPROVED');
    await setClaim(tx, ctx, claim, { status: 'paid', paidOn, paidBy: actor.id }, 'expense_claim.pay');
    await tellClaimant(
      tx,
      ctx,
      claim,
      'expense.claimPaid',
      `已付款（${paidOn}），金额 ${(Number(claim.totalFen) / 100).toFixed(2)} 元`,
      `paid on ${paidOn}, ${(Number(claim.totalFen) / 100).toFixed(2)} yuan`,
    );
    return getClaim(tx, actor, id);
  });
}
