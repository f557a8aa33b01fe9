import { eq } from 'drizzle-orm';
import { submitForApproval } from '../../platform/approvals/transitions.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { appError } from '../../platform/errors.js';
import { linesOf } from './lines.js';
import { getQuote, quoteForWrite } from './queries.js';
import type { TQuote } from './schemas.js';
import { QUOTE_DOC } from './scope.js';
import { quotes } from './tables.js';

/**
 * Q2C-3 (报价经部门经理审核后方可报出): the owner submits a draft or rejected quote for review;
 * the approval chain is resolved now (Q2C-2, see flow.ts). It must have lines and still be valid.
 */
export function submitQuote(ctx: Ctx, id: string): Promise<TQuote> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const before = await quoteForWrite(tx, actor, id);
    if (before.ownerId !== actor.id) throw appError('APPROVAL_NOT_SUBMITTER');
    if (before.status !== 'draft' && before.status !== 'rejected') throw appError('STATUS_NOT_ALLOWED');
    const at = ctx.clock.now();
    if (before.validUntil < (await companyToday(tx, at))) throw appError('QUOTE_EXPIRED');
    if ((await linesOf(tx, id)).length === 0) throw appError('QUOTE_EMPTY');
    // The flow reads the owner's discount limit at updatedAt: stamp the submission time first.
    await tx.update(quotes).set({ updatedAt: at }).where(eq(quotes.id, id));
    const request = await submitForApproval(tx, ctx, { docType: QUOTE_DOC, docId: id });
    const [after] = await tx.select().from(quotes).where(eq(quotes.id, id));
    await audit(tx, ctx, {
      entity: 'quote',
      entityId: id,
      action: 'quote.submit',
      before,
      after: { quote: after, approvalRequestId: request.id },
    });
    return getQuote(tx, actor, id, at);
  });
}
