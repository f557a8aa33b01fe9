import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import { approvalSteps } from '../../platform/approvals/tables.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { emit } from '../../platform/events/domain-events.js';
import { isUuid } from '../../platform/schemas.js';
import { suggestionAdopted } from './events.js';
import { suggestionReviewers } from './policies.js';
import {
  SUGGESTION_DOC,
  SUGGESTION_ENTITY,
  type SuggestionRow,
  suggestionLink,
  suggestionReadable,
} from './scope.js';
import { suggestions } from './tables.js';

async function lockedSuggestion(tx: Tx, id: string): Promise<SuggestionRow> {
  const [row] = await tx.select().from(suggestions).where(eq(suggestions.id, id)).for('update');
  if (!row) throw appError('NOT_FOUND');
  return row;
}

/** The comment of the step that decided the request (the reason of a decline). */
async function deciderComment(tx: Tx, requestId: string, status: 'approved' | 'rejected') {
  const [step] = await tx
    .select({ comment: approvalSteps.comment, approverId: approvalSteps.approverId })
    .from(approvalSteps)
    .where(and(eq(approvalSteps.requestId, requestId), eq(approvalSteps.status, status)))
    .orderBy(desc(approvalSteps.seq))
    .limit(1);
  return step ?? { comment: null, approverId: null };
}

async function setStatus(
  tx: Tx,
  ctx: Ctx,
  row: SuggestionRow,
  change: Partial<SuggestionRow> & { status: SuggestionRow['status'] },
  action: string,
): Promise<SuggestionRow> {
  const [after] = await tx
    .update(suggestions)
    .set({ ...change, updatedAt: ctx.clock.now() })
    .where(eq(suggestions.id, row.id))
    .returning();
  await audit(tx, ctx, {
    entity: SUGGESTION_ENTITY,
    entityId: row.id,
    action,
    before: { status: row.status },
    after: { status: after!.status, decisionNote: after!.decisionNote, decidedBy: after!.decidedBy },
  });
  return after!;
}

/**
 * OPS-9/INC-4: the last reviewer adopted it — adopted, and suggestionAdopted is emitted in the
 * same transaction (the points module awards the maker the suggestion points, once).
 */
async function adopted(tx: Tx, ctx: Ctx, req: ApprovalHookInput): Promise<void> {
  const row = await lockedSuggestion(tx, req.docId);
  if (row.status !== 'pending') throw appError('SUGGESTION_DECIDED');
  const step = await deciderComment(tx, req.requestId, 'approved');
  const after = await setStatus(
    tx,
    ctx,
    row,
    {
      status: 'adopted',
      decisionNote: step.comment,
      decidedBy: step.approverId,
      decidedAt: ctx.clock.now(),
    },
    'suggestion.adopt',
  );
  await emit(tx, ctx, suggestionAdopted, {
    suggestionId: after.id,
    title: `${after.number} ${after.title}`,
    userId: after.userId,
    adoptedBy: step.approverId ?? ctx.actor?.id ?? after.userId,
  });
}

const categorySql = (lang: 'zh' | 'en') =>
  lang === 'zh'
    ? sql`case x.category when 'product' then '产品' when 'process' then '流程' when 'market' then '市场' else '其他' end`
    : sql`case x.category when 'product' then 'Product' when 'process' then 'Process' when 'market' then 'Market' else 'Other' end`;

/**
 * OPS-9/ORG-3: a suggestion is reviewed by the chain of suggestions.reviewers up the maker's
 * chain; 待办 shows the maker, the category and the first words, adopted in place (approve) or
 * declined with a reason.
 */
export const suggestionFlow = defineApprovalFlow({
  docType: SUGGESTION_DOC,
  label: { 'zh-CN': '合理化建议', en: 'Suggestion' },
  chain: suggestionReviewers,
  todoFacts: {
    subject: (docId: SQL) =>
      sql`select u.display_name from suggestions x join users u on u.id = x.user_id where x.id::text = ${docId}`,
    detail: (docId: SQL) => ({
      'zh-CN': sql`select ${categorySql('zh')} || ' · ' || left(x.content, 60) from suggestions x where x.id::text = ${docId}`,
      en: sql`select ${categorySql('en')} || ' · ' || left(x.content, 60) from suggestions x where x.id::text = ${docId}`,
    }),
  },
  async describe(db: DbOrTx, docId: string) {
    if (!isUuid(docId)) return null;
    const [row] = await db.select().from(suggestions).where(eq(suggestions.id, docId));
    if (!row) return null;
    return { title: `${row.number} ${row.title}`, amountFen: null, unitId: row.unitId, ownerId: row.userId };
  },
  async canRead(db, actor, docId) {
    if (!isUuid(docId)) return false;
    const rows = await db
      .select({ id: suggestions.id })
      .from(suggestions)
      .where(and(eq(suggestions.id, docId), suggestionReadable(actor)));
    return rows.length > 0;
  },
  link: (docId) => suggestionLink(docId),
  async onSubmitted(tx, ctx, req) {
    const row = await lockedSuggestion(tx, req.docId);
    if (row.status === 'adopted' || row.status === 'declined') throw appError('SUGGESTION_DECIDED');
    if (row.status !== 'pending') await setStatus(tx, ctx, row, { status: 'pending' }, 'suggestion.resubmit');
  },
  onApproved: adopted,
  async onRejected(tx, ctx, req) {
    const row = await lockedSuggestion(tx, req.docId);
    const step = await deciderComment(tx, req.requestId, 'rejected');
    await setStatus(
      tx,
      ctx,
      row,
      {
        status: 'declined',
        decisionNote: step.comment,
        decidedBy: step.approverId,
        decidedAt: ctx.clock.now(),
      },
      'suggestion.decline',
    );
  },
  async onWithdrawn(tx, ctx, req) {
    await setStatus(
      tx,
      ctx,
      await lockedSuggestion(tx, req.docId),
      { status: 'withdrawn' },
      'suggestion.withdraw',
    );
  },
});
