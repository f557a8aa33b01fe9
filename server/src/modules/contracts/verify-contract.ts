import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { addLocalDays } from '../../platform/deadlines/calendar.js';
import { appError } from '../../platform/errors.js';
import {
  createSigningPlan,
  insertInstalments,
  issueCreditNote,
  type PlannedInstalment,
  signingTermDays,
} from '../receivables/index.js';
import { assertDecreaseWithinContract } from './fields.js';
import { tellManagerSigned } from './notices.js';
import { getContract } from './queries.js';
import type { TContract, TPlannedInstalment } from './schemas.js';
import { type ContractRow, contractInScope } from './scope.js';
import { contracts } from './tables.js';
import { contractTimelineEvent } from './timeline.js';

function agreedSplit(c: ContractRow): PlannedInstalment[] | undefined {
  const rows = c.plannedInstalments as TPlannedInstalment[] | null;
  return rows?.map((r) => ({ dueDate: r.dueDate, amountFen: BigInt(r.amountFen) }));
}

/**
 * Q2C-8/AR-1: a signed supplement changes what the customer owes under its main contract.
 * An increase adds an instalment due the collection period after the signing date (or the
 * agreed split); a decrease issues a credit note against the main contract's open instalments.
 */
async function applySupplement(tx: Tx, ctx: Ctx, s: ContractRow & { signedOn: string }) {
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
 * Q2C-7: a second person verifies (复核) the entered signing data; then the contract is signed
 * and never changes again (Q2C-8). A main contract gets its payment plan (AR-1); a supplement
 * changes the main contract's receivable; a letter of intent has no plan. The owner's manager
 * is told the signed copy is filed.
 */
export function verifyContract(ctx: Ctx, id: string): Promise<TContract> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const before = await contractInScope(tx, actor, id, { permission: 'contract:verify', lock: true });
    if (before.status === 'signed') throw appError('CONTRACT_SIGNED');
    if (before.status !== 'entered' || !before.signedOn) throw appError('STATUS_NOT_ALLOWED');
    if (before.enteredBy === actor.id) throw appError('CONTRACT_VERIFY_SELF');
    if (before.kind === 'supplement' && before.mainContractId)
      await assertDecreaseWithinContract(tx, before.mainContractId, before.deltaFen ?? 0n);
    const at = ctx.clock.now();
    const [after] = (await tx
      .update(contracts)
      .set({ status: 'signed', verifiedAt: at, verifiedBy: actor.id, signedAt: at, updatedAt: at })
      .where(eq(contracts.id, id))
      .returning()) as [ContractRow];
    const signed = { ...after, signedOn: before.signedOn };
    if (after.kind === 'main') {
      await createSigningPlan(tx, ctx, signed, agreedSplit(after));
    } else if (after.kind === 'supplement') {
      await applySupplement(tx, ctx, signed);
    }
    await audit(tx, ctx, { entity: 'contract', entityId: id, action: 'contract.verify', before, after });
    await contractTimelineEvent(tx, ctx, after, 'signed');
    await tellManagerSigned(tx, ctx, after);
    return getContract(tx, actor, id);
  });
}
