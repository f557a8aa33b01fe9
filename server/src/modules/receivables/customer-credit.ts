import type { DbOrTx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Actor, type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { balanceOf, entriesOf, isLedgerError, lockAccount, spend } from '../../platform/ledger/ledger.js';
import { moneyText } from '../../platform/money.js';
import { iso } from '../../platform/schemas.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { assertSignedMain } from '../contracts/index.js';
import { CUSTOMER_SUBJECT, customerInScope } from '../customers/index.js';
import { type Allocation, lockOpenInstalments, settle } from './allocate.js';
import { contractById } from './contract-access.js';
import { CUSTOMER_CREDIT } from './credit-notes.js';
import type { TApplyCreditResult, TCreditBalance } from './schemas.js';
import { creditNotes } from './tables.js';

/** A customer's credit (预收/多付): overpayments and unapplied credit notes, less what was applied. */
export async function customerCreditBalance(
  db: DbOrTx,
  actor: Actor,
  customerId: string,
): Promise<TCreditBalance> {
  const customer = await customerInScope(db, actor, customerId);
  const entries = await entriesOf(db, CUSTOMER_CREDIT, customer.id);
  return {
    customerId: customer.id,
    balanceFen: (await balanceOf(db, CUSTOMER_CREDIT, customer.id)).toString(),
    entries: entries.map((e) => ({
      id: e.id,
      amountFen: e.amount.toString(),
      kind: e.kind,
      refType: e.refType,
      refId: e.refId,
      at: iso(e.at),
    })),
  };
}

/**
 * AR-4: finance applies a customer's credit to what the customer still owes — one contract, or
 * all of them oldest due first. Each contract's part is a credit note of source
 * `customer_credit` that settles at once, and an `applied` spend on the credit account.
 * Never more than the balance, never more than an instalment has open.
 */
export function applyCustomerCredit(
  ctx: Ctx,
  customerId: string,
  input: { contractId?: string | null },
): Promise<TApplyCreditResult> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const customer = await customerInScope(tx, actor, customerId);
    // One application at a time per customer, so two never spend the same balance (the lock
    // spend() takes, taken before the balance is read).
    await lockAccount(tx, CUSTOMER_CREDIT, customer.id);
    if (input.contractId) {
      const c = await contractById(tx, input.contractId);
      if (!c || c.customerId !== customer.id)
        throw appError('VALIDATION_FAILED', {
          contractId: {
            'zh-CN': '请选择该客户已签订的主合同',
            en: 'Choose a signed main contract of this customer',
          },
        });
      assertSignedMain(c);
    }
    let balance = await balanceOf(tx, CUSTOMER_CREDIT, customer.id);
    const open = await lockOpenInstalments(
      tx,
      input.contractId ? { contractId: input.contractId } : { customerId: customer.id },
    );
    const byContract = new Map<string, Allocation[]>();
    for (const i of open) {
      if (balance <= 0n) break;
      const left = i.amountFen - i.reservedFen;
      if (left <= 0n) continue;
      // biome-ignore lint/complexity/useMathMinMax: bigint amounts; Math.min takes numbers only
      const take = left < balance ? left : balance;
      byContract.set(i.contractId, [
        ...(byContract.get(i.contractId) ?? []),
        { instalmentId: i.id, amountFen: take },
      ]);
      balance -= take;
    }
    if (byContract.size === 0) throw appError('NO_CUSTOMER_CREDIT');
    const at = ctx.clock.now();
    const applied: TApplyCreditResult['allocations'] = [];
    let total = 0n;
    for (const [contractId, lines] of byContract) {
      const amount = lines.reduce((n, l) => n + l.amountFen, 0n);
      const [note] = await tx
        .insert(creditNotes)
        .values({
          contractId,
          customerId: customer.id,
          sourceType: 'customer_credit',
          sourceId: customer.id,
          amountFen: amount,
          issuedAt: at,
          actorId: actor.id,
        })
        .returning();
      await settle(tx, ctx, {
        sourceType: 'credit_note',
        sourceId: note!.id,
        instalments: open.filter((i) => i.contractId === contractId),
        amountFen: amount,
        manual: lines,
        confirmed: true,
      });
      await spend(tx, ctx, {
        account: CUSTOMER_CREDIT,
        holderId: customer.id,
        amount,
        kind: 'applied',
        refType: 'credit_note',
        refId: note!.id,
      }).catch((e: unknown) => {
        throw isLedgerError(e, 'INSUFFICIENT_BALANCE') ? appError('NO_CUSTOMER_CREDIT') : e;
      });
      await audit(tx, ctx, {
        entity: 'credit_note',
        entityId: note!.id,
        action: 'customer_credit.apply',
        after: { note, allocations: lines },
      });
      for (const l of lines)
        applied.push({ instalmentId: l.instalmentId, contractId, amountFen: l.amountFen.toString() });
      total += amount;
    }
    await addTimelineEvent(tx, ctx, {
      subjectType: CUSTOMER_SUBJECT,
      subjectId: customer.id,
      kind: 'payment.creditApplied',
      summary: {
        'zh-CN': `预收余额冲抵应收 ${moneyText(total)}`,
        en: `Customer credit of ${moneyText(total)} applied to the receivable`,
      },
      data: { amountFen: total.toString() },
    });
    return {
      appliedFen: total.toString(),
      balanceFen: (await balanceOf(tx, CUSTOMER_CREDIT, customer.id)).toString(),
      allocations: applied,
    };
  });
}
