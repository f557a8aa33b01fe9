import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { notify } from '../../platform/notifications/notify.js';
import { isUuid } from '../../platform/schemas.js';
import { currentStage } from './claim-queries.js';
import { claimApprovers } from './policies.js';
import { CLAIM_DOC, CLAIM_ENTITY, type ClaimRow, claimLink, claimReadable } from './scope.js';
import { expenseClaimLines, expenseClaims } from './tables.js';

export async function lockedClaim(tx: Tx, id: string): Promise<ClaimRow> {
  const [row] = await tx.select().from(expenseClaims).where(eq(expenseClaims.id, id)).for('update');
  if (!row) throw appError('NOT_FOUND');
  return row;
}

export async function setClaim(
  tx: Tx,
  ctx: Ctx,
  row: ClaimRow,
  change: Partial<ClaimRow>,
  action: string,
): Promise<ClaimRow> {
  const [after] = await tx
    .update(expenseClaims)
    .set({ ...change, updatedAt: ctx.clock.now() })
    .where(eq(expenseClaims.id, row.id))
    .returning();
  await audit(tx, ctx, {
    entity: CLAIM_ENTITY,
    entityId: row.id,
    action,
    before: { status: row.status, totalFen: row.totalFen, paidOn: row.paidOn },
    after: { status: after!.status, totalFen: after!.totalFen, paidOn: after!.paidOn },
  });
  return after!;
}

/** Lines flagged (duplicates or no pre-approval), not rejected, and passed without a reason. */
export async function unexplainedFlags(db: DbOrTx, claimId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(expenseClaimLines)
    .where(
      and(
        eq(expenseClaimLines.claimId, claimId),
        sql`jsonb_array_length(${expenseClaimLines.flags}) > 0`,
        isNull(expenseClaimLines.rejectedAt),
        isNull(expenseClaimLines.flagReason),
      ),
    );
  return row?.n ?? 0;
}

export const flagReasonNeeded = () =>
  appError('VALIDATION_FAILED', {
    flagReason: {
      'zh-CN': '有被标记（疑似重复或未经事前申请）的明细，通过审核须说明理由',
      en: 'Some lines are flagged (possible duplicates or without pre-approval): give the reason to pass them',
    },
  });

/**
 * EXP-3: a claim goes up expenses.claimApprovers — department review first (the direct
 * superior; the nearest sales manager too when over the pre-approved amount by more than the
 * margin), finance approval last. 待办 shows the claimant, the total, the lines and any flag.
 */
export const claimFlow = defineApprovalFlow({
  docType: CLAIM_DOC,
  label: { 'zh-CN': '费用报销', en: 'Expense claim' },
  chain: claimApprovers,
  todoFacts: {
    subject: (docId) =>
      sql`select u.display_name from expense_claims c join users u on u.id = c.user_id where c.id::text = ${docId}`,
    detail: (docId) => ({
      'zh-CN': sql`select c.number || ' · ' || (select count(*) from expense_claim_lines l where l.claim_id = c.id and l.rejected_at is null) || ' 条明细'
        || case when exists (select 1 from expense_claim_lines l where l.claim_id = c.id and jsonb_array_length(l.flags) > 0 and l.rejected_at is null) then ' · 有标记明细' else '' end
        from expense_claims c where c.id::text = ${docId}`,
      en: sql`select c.number || ' · ' || (select count(*) from expense_claim_lines l where l.claim_id = c.id and l.rejected_at is null) || ' lines'
        || case when exists (select 1 from expense_claim_lines l where l.claim_id = c.id and jsonb_array_length(l.flags) > 0 and l.rejected_at is null) then ' · flagged lines' else '' end
        from expense_claims c where c.id::text = ${docId}`,
    }),
  },
  async describe(db, docId) {
    if (!isUuid(docId)) return null;
    const [row] = await db.select().from(expenseClaims).where(eq(expenseClaims.id, docId));
    if (!row) return null;
    const flagged = await db
      .select({ id: expenseClaimLines.id })
      .from(expenseClaimLines)
      .where(
        and(eq(expenseClaimLines.claimId, docId), ne(sql`jsonb_array_length(${expenseClaimLines.flags})`, 0)),
      )
      .limit(1);
    return {
      title: row.number,
      amountFen: row.totalFen,
      unitId: row.unitId,
      ownerId: row.userId,
      flags: [
        ...(row.overPreApproved ? ['overPreApproved'] : []),
        ...(flagged.length > 0 ? ['flagged'] : []),
      ],
    };
  },
  async canRead(db, actor, docId) {
    if (!isUuid(docId)) return false;
    const rows = await db
      .select({ id: expenseClaims.id })
      .from(expenseClaims)
      .where(and(eq(expenseClaims.id, docId), claimReadable(actor)));
    return rows.length > 0;
  },
  link: claimLink,
  async onSubmitted(tx, ctx, req: ApprovalHookInput) {
    const row = await lockedClaim(tx, req.docId);
    await setClaim(
      tx,
      ctx,
      row,
      { status: 'submitted', submittedAt: ctx.clock.now() },
      'expense_claim.submit',
    );
  },
  // A review step approved, from the claim's page or from 待办: no flagged line passes without
  // its reason; the claimant hears where the claim is now.
  async onAdvanced(tx, ctx, req) {
    const row = await lockedClaim(tx, req.docId);
    if ((await unexplainedFlags(tx, row.id)) > 0) throw flagReasonNeeded();
    const next = await currentStage(tx, row.id);
    const toFinance = next?.stage === 'finance';
    await notify(tx, ctx, {
      userId: row.userId,
      event: 'expense.claimReviewed',
      title: {
        'zh-CN': `报销单 ${row.number}：${toFinance ? '部门审核通过，待财务审批' : '已通过一级审核，待下一级审核'}`,
        en: `Claim ${row.number}: ${toFinance ? 'passed department review; with finance now' : 'passed one review; with the next reviewer'}`,
      },
      subjectType: CLAIM_ENTITY,
      subjectId: row.id,
      link: claimLink(row.id),
    });
  },
  // The last step (finance) approved: no flagged line may pass without its reason.
  async onApproved(tx, ctx, req) {
    const row = await lockedClaim(tx, req.docId);
    if ((await unexplainedFlags(tx, row.id)) > 0) throw flagReasonNeeded();
    await setClaim(
      tx,
      ctx,
      row,
      { status: 'approved', approvedAt: ctx.clock.now() },
      'expense_claim.approve',
    );
  },
  async onRejected(tx, ctx, req) {
    await setClaim(tx, ctx, await lockedClaim(tx, req.docId), { status: 'rejected' }, 'expense_claim.reject');
  },
  async onWithdrawn(tx, ctx, req) {
    await setClaim(
      tx,
      ctx,
      await lockedClaim(tx, req.docId),
      { status: 'withdrawn' },
      'expense_claim.withdraw',
    );
  },
});
