import { and, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import type { Actor, Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT } from '../customers/index.js';
import { quoteReadScope } from './scope.js';
import { quotes } from './tables.js';

/**
 * Q2C-5: what the contracts module needs about a quote to draft a contract from it. 404
 * (NOT_FOUND) outside the actor's quote:read scope. The status is the stored one; only an
 * `accepted` quote (final, it never expires) may become a contract.
 */
export async function quoteForContract(
  db: DbOrTx,
  actor: Actor,
  quoteId: string,
): Promise<{
  id: string;
  number: string;
  customerId: string;
  opportunityId: string | null;
  ownerId: string;
  totalFen: bigint;
  status: string;
  contractId: string | null;
}> {
  if (!isUuid(quoteId)) throw appError('NOT_FOUND');
  const [row] = await db
    .select()
    .from(quotes)
    .where(and(eq(quotes.id, quoteId), quoteReadScope(actor)));
  if (!row) throw appError('NOT_FOUND');
  return {
    id: row.id,
    number: row.number,
    customerId: row.customerId,
    opportunityId: row.opportunityId,
    ownerId: row.ownerId,
    totalFen: row.totalFen,
    status: row.status,
    contractId: row.contractId,
  };
}

/**
 * Q2C-5: records the contract drafted from an accepted quote (once). The caller (contracts) has
 * read the quote in scope with quoteForContract; this refuses STATUS_NOT_ALLOWED unless the
 * quote is accepted and has no contract yet. Audited, with a customer timeline event.
 */
export async function markQuoteContracted(
  tx: Tx,
  ctx: Ctx,
  quoteId: string,
  contractId: string,
): Promise<void> {
  if (!isUuid(quoteId)) throw appError('NOT_FOUND');
  const [before] = await tx.select().from(quotes).where(eq(quotes.id, quoteId)).for('update');
  if (!before) throw appError('NOT_FOUND');
  if (before.status !== 'accepted' || before.contractId !== null) throw appError('STATUS_NOT_ALLOWED');
  const [after] = await tx
    .update(quotes)
    .set({ contractId, updatedAt: ctx.clock.now() })
    .where(eq(quotes.id, quoteId))
    .returning();
  await audit(tx, ctx, { entity: 'quote', entityId: quoteId, action: 'quote.contracted', before, after });
  await addTimelineEvent(tx, ctx, {
    subjectType: CUSTOMER_SUBJECT,
    subjectId: before.customerId,
    kind: 'quote.contracted',
    summary: {
      'zh-CN': `报价单 ${before.number} 已转为合同`,
      en: `Quote ${before.number} turned into a contract`,
    },
    refType: 'quote',
    refId: quoteId,
  });
}
