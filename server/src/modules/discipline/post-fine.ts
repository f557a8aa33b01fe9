import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import type { Ctx } from '../../platform/context.js';
import { postEntry, reverseEntry } from '../../platform/ledger/ledger.js';
import { ledgerEntries } from '../../platform/ledger/tables.js';
import { FINES_ACCOUNT } from './scope.js';

/** PEN-2: a fine is an entry on the person's `fines` account, never edited. */
export async function postFine(
  tx: Tx,
  ctx: Ctx,
  input: {
    personId: string;
    amountFen: bigint;
    kind: 'fine' | 'harm' | 'sanction';
    refType: string;
    refId: string;
  },
): Promise<void> {
  await postEntry(tx, ctx, {
    account: FINES_ACCOUNT,
    holderId: input.personId,
    amount: input.amountFen,
    kind: input.kind,
    refType: input.refType,
    refId: input.refId,
    idempotencyKey: `${input.refType}:${input.refId}:${input.kind}`,
  });
}

/** PEN-2/ORG-3: a cancelled fine is a reversal entry of each entry the record posted. */
export async function reverseFines(tx: Tx, ctx: Ctx, refType: string, refId: string): Promise<void> {
  const posted = await tx
    .select({ id: ledgerEntries.id })
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.account, FINES_ACCOUNT),
        eq(ledgerEntries.refType, refType),
        eq(ledgerEntries.refId, refId),
        isNull(ledgerEntries.reversesId),
      ),
    );
  for (const e of posted) await reverseEntry(tx, ctx, e.id);
}
