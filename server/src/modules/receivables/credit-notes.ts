import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { postEntry } from '../../platform/ledger/ledger.js';
import { lockOpenInstalments, settle } from './allocate.js';
import { creditNotes } from './tables.js';

/** The ledger account of a customer's credit (overpayments, unapplied credit notes). */
export const CUSTOMER_CREDIT = 'customer_credit';

/**
 * Q2C-8/AR-1: a credit note reduces what a contract's customer owes — an approved return, or a
 * supplement that lowers the amount. It settles the contract's open instalments oldest first and
 * counts at once; anything beyond what is still owed becomes customer credit (never dropped).
 */
export async function issueCreditNote(
  tx: Tx,
  ctx: Ctx,
  input: { contractId: string; customerId: string; amountFen: bigint; sourceType: string; sourceId: string },
) {
  const [note] = await tx
    .insert(creditNotes)
    .values({
      contractId: input.contractId,
      customerId: input.customerId,
      sourceType: input.sourceType,
      sourceId: input.sourceId,
      amountFen: input.amountFen,
      issuedAt: ctx.clock.now(),
      actorId: ctx.actor?.id ?? null,
    })
    .returning();
  if (!note) throw new Error('credit note insert failed');
  const open = await lockOpenInstalments(tx, { contractId: input.contractId });
  const { allocations, leftoverFen } = await settle(tx, ctx, {
    sourceType: 'credit_note',
    sourceId: note.id,
    instalments: open,
    amountFen: input.amountFen,
    confirmed: true,
  });
  if (leftoverFen > 0n) {
    await tx.update(creditNotes).set({ unallocatedFen: leftoverFen }).where(eq(creditNotes.id, note.id));
    await postEntry(tx, ctx, {
      account: CUSTOMER_CREDIT,
      holderId: input.customerId,
      amount: leftoverFen,
      kind: 'credit_note',
      refType: 'credit_note',
      refId: note.id,
    });
  }
  await audit(tx, ctx, {
    entity: 'credit_note',
    entityId: note.id,
    action: 'credit_note.issue',
    after: { note: { ...note, unallocatedFen: leftoverFen }, allocations },
  });
  return { note, allocations, leftoverFen };
}
