import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import type { Ctx } from '../../platform/context.js';
import { addLocalDays } from '../../platform/deadlines/calendar.js';
import { on } from '../../platform/events/domain-events.js';
import {
  contractSigned,
  contracts,
  type SignedContractRow,
  type TPlannedInstalment,
} from '../contracts/index.js';
import { issueCreditNote } from './credit-notes.js';
import { createSigningPlan, insertInstalments, type PlannedInstalment, signingTermDays } from './plan.js';

/** The instalments agreed in the contract (entered with the signing data), if any. */
function agreedSplit(c: SignedContractRow): PlannedInstalment[] | undefined {
  const rows = c.plannedInstalments as TPlannedInstalment[] | null;
  return rows?.map((r) => ({ dueDate: r.dueDate, amountFen: BigInt(r.amountFen) }));
}

/**
 * Q2C-8/AR-1: a signed supplement changes what the customer owes under its main contract.
 * An increase adds an instalment due the collection period after the signing date (or the
 * agreed split); a decrease issues a credit note against the main contract's open instalments.
 */
async function applySupplement(tx: Tx, ctx: Ctx, s: SignedContractRow) {
  const [main] = await tx.select().from(contracts).where(eq(contracts.id, s.mainContractId!));
  if (!main) throw new Error(`supplement ${s.id} without its main contract`);
  const delta = s.deltaFen ?? 0n;
  if (delta > 0n) {
    let rows = agreedSplit(s);
    if (!rows?.length) {
      const days = await signingTermDays(tx, ctx.clock.now(), main);
      rows = [{ dueDate: addLocalDays(s.signedOn, days), amountFen: delta }];
    }
    await insertInstalments(tx, ctx, main, rows, 'supplement', s.id);
  } else if (delta < 0n) {
    await issueCreditNote(tx, ctx, {
      contractId: main.id,
      customerId: main.customerId,
      amountFen: -delta,
      sourceType: 'supplement',
      sourceId: s.id,
    });
  }
}

/**
 * AR-1: a signed main contract gets its payment plan; a signed supplement changes the main
 * contract's receivable; a letter of intent owes nothing.
 */
export const onContractSigned = on(contractSigned, async (tx, ctx, { contract }) => {
  if (contract.kind === 'main') {
    await createSigningPlan(tx, ctx, contract, agreedSplit(contract));
  } else if (contract.kind === 'supplement') {
    await applySupplement(tx, ctx, contract);
  }
});
