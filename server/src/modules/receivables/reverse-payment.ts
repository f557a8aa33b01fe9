import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { appError } from '../../platform/errors.js';
import { emit } from '../../platform/events/domain-events.js';
import { isLedgerError, reverseEntry } from '../../platform/ledger/ledger.js';
import { ledgerEntries } from '../../platform/ledger/tables.js';
import { moneyText } from '../../platform/money.js';
import { refreshInstalmentAmounts } from './amounts.js';
import { CUSTOMER_CREDIT } from './credit-notes.js';
import { lockPayment } from './lock-payment.js';
import { paymentReversed } from './payment-domain-events.js';
import { paymentTimeline, tellOwner } from './payment-events.js';
import { paymentDetail } from './payment-queries.js';
import { nextPaymentNumber } from './record-payment.js';
import type { TPaymentDetail } from './schemas.js';
import { instalments, payments, settlements } from './tables.js';

/**
 * Where a reversed settlement goes back: the same instalment while it is in force; if a plan
 * change superseded it since, the contract's last instalment in force (so the receivable
 * comes back on the plan people see).
 */
async function instalmentToRestore(tx: Tx, instalmentId: string): Promise<string> {
  const [orig] = await tx
    .select({ contractId: instalments.contractId, supersededAt: instalments.supersededAt })
    .from(instalments)
    .where(eq(instalments.id, instalmentId));
  if (!orig?.supersededAt) return instalmentId;
  const [last] = await tx
    .select({ id: instalments.id })
    .from(instalments)
    .where(and(eq(instalments.contractId, orig.contractId), isNull(instalments.supersededAt)))
    .orderBy(desc(instalments.dueDate), desc(instalments.seq))
    .limit(1);
  return last?.id ?? instalmentId;
}

/**
 * AR-4: a confirmed receipt is never edited; finance corrects it once by a reversal — a new
 * confirmed payment of the negative amount whose negative settlements give the instalments
 * their open amount back, and the reversal of the customer credit it created, if any.
 */
export function reversePayment(ctx: Ctx, id: string, reason: string): Promise<TPaymentDetail> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const p = await lockPayment(tx, actor, id, 'payment:confirm');
    if (p.kind !== 'receipt' || p.status !== 'confirmed') throw appError('STATUS_NOT_ALLOWED');
    const [already] = await tx
      .select({ id: payments.id })
      .from(payments)
      .where(eq(payments.reversalOfId, p.id));
    if (already) throw appError('STATUS_NOT_ALLOWED');
    // Those who act on it (points take back what it earned) lock their accounts before any audit row.
    await emit(tx, ctx, paymentReversed, { payment: p });
    // AR-4: the credit this payment created must still be there to take back; once applied to
    // other receivables, reversing it would leave them counting money that never arrived. The
    // ledger's reversal is a guarded spend: refused if the balance would go below zero.
    const credits = await tx
      .select({ id: ledgerEntries.id })
      .from(ledgerEntries)
      .where(
        and(
          eq(ledgerEntries.account, CUSTOMER_CREDIT),
          eq(ledgerEntries.refType, 'payment'),
          eq(ledgerEntries.refId, p.id),
          eq(ledgerEntries.kind, 'overpayment'),
        ),
      );
    try {
      for (const c of credits) await reverseEntry(tx, ctx, c.id, 'payment_reversal');
    } catch (e) {
      throw isLedgerError(e, 'INSUFFICIENT_BALANCE') ? appError('CUSTOMER_CREDIT_SPENT') : e;
    }
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(payments)
      .values({
        number: await nextPaymentNumber(tx, ctx),
        kind: 'reversal',
        reversalOfId: p.id,
        customerId: p.customerId,
        contractId: p.contractId,
        ownerId: p.ownerId,
        unitId: p.unitId,
        method: p.method,
        amountFen: -p.amountFen,
        unallocatedFen: -p.unallocatedFen,
        receivedOn: await companyToday(tx, at),
        payer: p.payer,
        voucherNo: p.voucherNo,
        status: 'confirmed',
        confirmedAt: at,
        confirmedBy: actor.id,
        remark: reason,
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    const reversal = row!;
    const settled = await tx
      .select()
      .from(settlements)
      .where(
        and(
          eq(settlements.sourceType, 'payment'),
          eq(settlements.sourceId, p.id),
          isNotNull(settlements.confirmedAt),
          isNull(settlements.releasedAt),
        ),
      );
    const mirrored = [];
    for (const s of settled)
      mirrored.push({
        instalmentId: await instalmentToRestore(tx, s.instalmentId),
        sourceType: 'payment' as const,
        sourceId: reversal.id,
        amountFen: -s.amountFen,
        confirmedAt: at,
        createdAt: at,
      });
    if (mirrored.length > 0) await tx.insert(settlements).values(mirrored);
    await refreshInstalmentAmounts(
      tx,
      mirrored.map((m) => m.instalmentId),
    );
    await audit(tx, ctx, {
      entity: 'payment',
      entityId: p.id,
      action: 'payment.reverse',
      before: p,
      after: { reversal, settlements: mirrored },
    });
    await paymentTimeline(tx, ctx, p, 'payment.reversed', {
      'zh-CN': `财务冲销回款 ${p.number}（${moneyText(p.amountFen)}）：${reason}`,
      en: `Finance reversed payment ${p.number} (${moneyText(p.amountFen)}): ${reason}`,
    });
    await tellOwner(tx, ctx, p.ownerId, p.id, {
      'zh-CN': `回款已冲销：${p.number} ${moneyText(p.amountFen)}（${reason}）`,
      en: `Payment reversed: ${p.number} ${moneyText(p.amountFen)} (${reason})`,
    });
    return paymentDetail(tx, reversal.id, ctx.clock.now());
  });
}
