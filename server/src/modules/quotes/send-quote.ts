import { eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { appError } from '../../platform/errors.js';
import { getQuote, quoteForWrite } from './queries.js';
import type { TQuote } from './schemas.js';
import { quotes } from './tables.js';
import { quoteTimelineEvent } from './timeline.js';

/**
 * Q2C-3: a quote goes to the customer only after its review and approvals (approved) and while
 * valid: past validUntil → QUOTE_EXPIRED; any other status → STATUS_NOT_ALLOWED.
 */
export function sendQuote(ctx: Ctx, id: string): Promise<TQuote> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const before = await quoteForWrite(tx, actor, id);
    if (before.status !== 'approved') throw appError('STATUS_NOT_ALLOWED');
    const at = ctx.clock.now();
    if (before.validUntil < (await companyToday(tx, at))) throw appError('QUOTE_EXPIRED');
    const [after] = await tx
      .update(quotes)
      .set({ status: 'sent', sentAt: at, updatedAt: at })
      .where(eq(quotes.id, id))
      .returning();
    await quoteTimelineEvent(tx, ctx, after!, 'sent');
    await audit(tx, ctx, { entity: 'quote', entityId: id, action: 'quote.send', before, after });
    return getQuote(tx, actor, id, at);
  });
}
