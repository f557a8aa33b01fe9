import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { readPolicy } from '../../platform/policies/read.js';
import { nextInSequence } from '../../platform/sequences/next.js';
import { priceLines, replaceLines } from './lines.js';
import { quoteTaxRatePct, quoteValidityDays } from './policies.js';
import { getQuote } from './queries.js';
import {
  assertOpportunityOfCustomer,
  assertValidUntil,
  defaultValidUntil,
  readableCustomer,
} from './references.js';
import type { TQuote, ZQuoteCreate } from './schemas.js';
import { quotes } from './tables.js';
import { quoteTimelineEvent } from './timeline.js';

/**
 * Q2C-3: a draft quote (报价单) by the actor for a customer they can read. Numbered Q<year>-0001
 * (gapless per year); the tax rate is the policy's at creation; validity defaults to today +
 * quote.validityDays. Lines copy the products' current prices (Q2C-2).
 */
export function createQuote(ctx: Ctx, input: z.output<typeof ZQuoteCreate>): Promise<TQuote> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const at = ctx.clock.now();
    const customer = await readableCustomer(tx, actor, input.customerId);
    if (input.opportunityId) await assertOpportunityOfCustomer(tx, actor, input.opportunityId, customer.id);
    const today = await companyToday(tx, at);
    const validUntil =
      input.validUntil ?? defaultValidUntil(today, await readPolicy(tx, quoteValidityDays, at, actor.unitId));
    assertValidUntil(validUntil, today);
    const lines = await priceLines(tx, input.lines);
    const taxRatePct = await readPolicy(tx, quoteTaxRatePct, at, actor.unitId);
    const year = today.slice(0, 4);
    const seq = await nextInSequence(tx, 'quote', year);
    const [row] = await tx
      .insert(quotes)
      .values({
        number: `Q${year}-${String(seq).padStart(4, '0')}`,
        customerId: customer.id,
        opportunityId: input.opportunityId ?? null,
        ownerId: actor.id,
        unitId: actor.unitId,
        status: 'draft',
        taxRatePct,
        validUntil,
        remark: input.remark ?? null,
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    if (!row) throw new Error('quote insert failed');
    const totals = await replaceLines(tx, row.id, lines, taxRatePct);
    const [after] = await tx.update(quotes).set(totals).where(eq(quotes.id, row.id)).returning();
    await quoteTimelineEvent(tx, ctx, after!, 'created');
    await audit(tx, ctx, {
      entity: 'quote',
      entityId: row.id,
      action: 'quote.create',
      after: { quote: after, lines },
    });
    return getQuote(tx, actor, row.id, at);
  });
}
