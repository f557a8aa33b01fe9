import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { appError } from '../../platform/errors.js';
import { getQuote, quoteForWrite } from './queries.js';
import type { TQuote } from './schemas.js';
import { quotes } from './tables.js';
import { quoteTimelineEvent } from './timeline.js';

async function decide(tx: Tx, ctx: Ctx, id: string, outcome: 'accepted' | 'declined'): Promise<TQuote> {
  const actor = requireActor(ctx);
  const before = await quoteForWrite(tx, actor, id);
  if (before.status !== 'sent') throw appError('STATUS_NOT_ALLOWED');
  const at = ctx.clock.now();
  if (outcome === 'accepted' && before.validUntil < (await companyToday(tx, at)))
    throw appError('QUOTE_EXPIRED');
  const [after] = await tx
    .update(quotes)
    .set({ status: outcome, decidedAt: at, updatedAt: at })
    .where(eq(quotes.id, id))
    .returning();
  await quoteTimelineEvent(tx, ctx, after!, outcome);
  await audit(tx, ctx, {
    entity: 'quote',
    entityId: id,
    action: outcome === 'accepted' ? 'quote.accept' : 'quote.decline',
    before,
    after,
  });
  return getQuote(tx, actor, id, at);
}

/** Q2C-3: the customer accepted a sent quote that is still valid (QUOTE_EXPIRED past its validity). */
export function acceptQuote(ctx: Ctx, id: string): Promise<TQuote> {
  return inTx(ctx, (tx) => decide(tx, ctx, id, 'accepted'));
}

/** Q2C-3: the customer declined a sent quote (recorded even after its validity passed). */
export function declineQuote(ctx: Ctx, id: string): Promise<TQuote> {
  return inTx(ctx, (tx) => decide(tx, ctx, id, 'declined'));
}
