import { eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { scopedExists } from '../../platform/access/scoped-exists.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import type { Ctx } from '../../platform/context.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { discountLimitPctOf } from './discount-limit.js';
import { quoteApprovers } from './policies.js';
import { QUOTE_DOC, quoteReadScope } from './scope.js';
import type { QuoteStatus } from './status.js';
import { quoteLines, quotes } from './tables.js';
import { type QuoteEvent, quoteTimelineEvent } from './timeline.js';
import { quoteTodoFacts } from './todo-sources.js';

/** The flag that adds the submitter's superior: a discount above the owner's own limit, or a price under the floor. */
export const OVER_DISCOUNT_LIMIT = 'overDiscountLimit';

/**
 * Whether a quote needs more than the manager's review (Q2C-2): its largest discount is above
 * the owner's own limit, or a line is priced under the floor.
 */
export async function overDiscountLimit(
  db: DbOrTx,
  q: { ownerId: string; unitId: string; maxDiscountBp: number; belowFloor: boolean },
  at: Date,
): Promise<boolean> {
  if (q.belowFloor) return true;
  const limitPct = await discountLimitPctOf(db, q.ownerId, q.unitId, at);
  return q.maxDiscountBp > limitPct * 100;
}

/**
 * Q2C-3: whichever route submits it (POST /api/quotes/:id/submit or the generic approvals
 * submit), only a draft or rejected quote with lines and still valid goes to review.
 */
async function assertSubmittable(tx: Tx, ctx: Ctx, id: string): Promise<void> {
  const [row] = await tx.select().from(quotes).where(eq(quotes.id, id));
  if (!row || (row.status !== 'draft' && row.status !== 'rejected')) throw appError('STATUS_NOT_ALLOWED');
  if (row.validUntil < (await companyToday(tx, ctx.clock.now()))) throw appError('QUOTE_EXPIRED');
  const [line] = await tx
    .select({ id: quoteLines.id })
    .from(quoteLines)
    .where(eq(quoteLines.quoteId, id))
    .limit(1);
  if (!line) throw appError('QUOTE_EMPTY');
}

function setStatus(status: QuoteStatus, event: QuoteEvent | null) {
  return async (tx: Tx, ctx: Ctx, req: ApprovalHookInput) => {
    const [row] = await tx
      .update(quotes)
      .set({ status, updatedAt: ctx.clock.now() })
      .where(eq(quotes.id, req.docId))
      .returning();
    if (row && event) await quoteTimelineEvent(tx, ctx, row, event);
  };
}

/**
 * Q2C-2/Q2C-3 (不得私自调整产品价格; 报价经部门经理审核): every quote is reviewed by the nearest
 * sales manager up the owner's chain before it is sent. A discount above the owner's own limit
 * (policy quote.discountLimitPct, by role) or a price under the floor adds the direct superior
 * first; a discount above quote.directorDiscountPct adds the sales director. Steps resolve at
 * submission from the policies then in force: a later policy change affects new submissions only.
 *
 * describe() has no clock: it reads the owner's limit at the quote's updatedAt, which
 * submitQuote stamps with the submission time just before it submits.
 */
export const quoteFlow = defineApprovalFlow({
  docType: QUOTE_DOC,
  label: { 'zh-CN': '报价单', en: 'Quote' },
  chain: quoteApprovers,
  async describe(db: DbOrTx, docId: string) {
    if (!isUuid(docId)) return null;
    const [row] = await db.select().from(quotes).where(eq(quotes.id, docId));
    if (!row) return null;
    return {
      title: row.number,
      amountFen: row.totalFen,
      unitId: row.unitId,
      ownerId: row.ownerId,
      measures: { discountPct: row.maxDiscountBp / 100 },
      flags: (await overDiscountLimit(db, row, row.updatedAt)) ? [OVER_DISCOUNT_LIMIT] : [],
    };
  },
  async canRead(db, actor, docId) {
    return scopedExists(db, quotes, docId, quoteReadScope(actor));
  },
  link: (docId) => `/quotes/${docId}`,
  todoFacts: quoteTodoFacts,
  onSubmitted: async (tx, ctx, req) => {
    await assertSubmittable(tx, ctx, req.docId);
    await setStatus('reviewing', 'submitted')(tx, ctx, req);
  },
  onApproved: setStatus('approved', 'approved'),
  onRejected: setStatus('rejected', 'rejected'),
  onWithdrawn: setStatus('draft', null),
});
