import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { assertNotPendingApproval } from '../../platform/approvals/visibility.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { appError } from '../../platform/errors.js';
import { linesOf, priceLines, replaceLines } from './lines.js';
import { getQuote, quoteForWrite } from './queries.js';
import { assertOpportunityOfCustomer, assertValidUntil } from './references.js';
import type { TQuote, ZQuoteUpdate } from './schemas.js';
import { QUOTE_DOC } from './scope.js';
import { quotes } from './tables.js';

/**
 * Q2C-3: edit a draft, or a rejected quote before resubmitting it (quote:write scope). A quote
 * under review is locked (423); approved, sent or decided quotes are final (STATUS_NOT_ALLOWED).
 * Replaced lines copy the products' prices now; an edited rejected quote is a draft again.
 */
export function updateQuote(ctx: Ctx, id: string, input: z.output<typeof ZQuoteUpdate>): Promise<TQuote> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const before = await quoteForWrite(tx, actor, id);
    await assertNotPendingApproval(tx, QUOTE_DOC, id);
    if (before.status !== 'draft' && before.status !== 'rejected') throw appError('STATUS_NOT_ALLOWED');
    const at = ctx.clock.now();
    if (input.opportunityId)
      await assertOpportunityOfCustomer(tx, actor, input.opportunityId, before.customerId);
    if (input.validUntil !== undefined) assertValidUntil(input.validUntil, await companyToday(tx, at));
    const beforeLines = await linesOf(tx, id);
    const totals = input.lines
      ? await replaceLines(tx, id, await priceLines(tx, input.lines), before.taxRatePct)
      : {};
    const [after] = await tx
      .update(quotes)
      .set({
        ...totals,
        ...(input.opportunityId !== undefined ? { opportunityId: input.opportunityId } : {}),
        ...(input.validUntil !== undefined ? { validUntil: input.validUntil } : {}),
        ...(input.remark !== undefined ? { remark: input.remark } : {}),
        status: 'draft',
        updatedAt: at,
      })
      .where(eq(quotes.id, id))
      .returning();
    await audit(tx, ctx, {
      entity: 'quote',
      entityId: id,
      action: 'quote.update',
      before: { quote: before, lines: beforeLines },
      after: { quote: after, lines: input.lines ? await linesOf(tx, id) : beforeLines },
    });
    return getQuote(tx, actor, id, at);
  });
}
