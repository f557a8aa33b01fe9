import { and, eq, isNull } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { emit } from '../../platform/events/domain-events.js';
import { listFiles } from '../../platform/files/files.js';
import { postEntry } from '../../platform/ledger/ledger.js';
import { moneyText } from '../../platform/money.js';
import { readPolicy } from '../../platform/policies/read.js';
import { refreshInstalmentAmounts } from './amounts.js';
import { CUSTOMER_CREDIT } from './credit-notes.js';
import { lockPayment } from './lock-payment.js';
import { paymentConfirmed } from './payment-domain-events.js';
import { paymentTimeline, tellOwner } from './payment-events.js';
import { paymentDetail } from './payment-queries.js';
import { PAYMENT_SUBJECT } from './payment-scope.js';
import { confirmOwnPayment } from './policies.js';
import type { TPaymentDetail } from './schemas.js';
import { instalmentsSettled } from './settled-event.js';
import { payments, settlements } from './tables.js';

/**
 * AR-4: finance confirms a pending payment — from now its allocations count (collection,
 * commission, points) and what was not allocated becomes the customer's credit. AR-7: a bank
 * transfer is confirmed only with the remittance slip attached. The person who recorded the payment
 * does not confirm it unless the `ar.confirmOwnPayment` policy allows.
 */
export function confirmPayment(ctx: Ctx, id: string): Promise<TPaymentDetail> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const p = await lockPayment(tx, actor, id, 'payment:confirm');
    if (p.status !== 'pending') throw appError('STATUS_NOT_ALLOWED');
    // AR-4: separation of duties — the recorder does not confirm their own entry (policy).
    if (p.createdBy === actor.id && !(await readPolicy(tx, confirmOwnPayment, ctx.clock.now()))) {
      throw appError('PAYMENT_CONFIRM_SELF');
    }
    if (p.method === 'bank_transfer') {
      const slips = await listFiles(tx, {
        subjectType: PAYMENT_SUBJECT,
        subjectId: p.id,
        purpose: 'remittance_slip',
      });
      if (slips.length === 0) throw appError('REMITTANCE_SLIP_REQUIRED');
    }
    const at = ctx.clock.now();
    const [after] = await tx
      .update(payments)
      .set({ status: 'confirmed', confirmedAt: at, confirmedBy: actor.id, updatedAt: at })
      .where(eq(payments.id, p.id))
      .returning();
    const confirmed = await tx
      .update(settlements)
      .set({ confirmedAt: at })
      .where(
        and(
          eq(settlements.sourceType, 'payment'),
          eq(settlements.sourceId, p.id),
          isNull(settlements.releasedAt),
          isNull(settlements.confirmedAt),
        ),
      )
      .returning({ instalmentId: settlements.instalmentId });
    await refreshInstalmentAmounts(
      tx,
      confirmed.map((c) => c.instalmentId),
    );
    if (confirmed.length > 0)
      await emit(tx, ctx, instalmentsSettled, { instalmentIds: confirmed.map((c) => c.instalmentId) });
    if (p.unallocatedFen > 0n)
      await postEntry(tx, ctx, {
        account: CUSTOMER_CREDIT,
        holderId: p.customerId,
        amount: p.unallocatedFen,
        kind: 'overpayment',
        refType: 'payment',
        refId: p.id,
      });
    await audit(tx, ctx, { entity: 'payment', entityId: p.id, action: 'payment.confirm', before: p, after });
    await emit(tx, ctx, paymentConfirmed, { payment: p });
    await paymentTimeline(tx, ctx, p, 'payment.confirmed', {
      'zh-CN': `财务确认回款 ${p.number}：${moneyText(p.amountFen)}`,
      en: `Finance confirmed payment ${p.number}: ${moneyText(p.amountFen)}`,
    });
    await tellOwner(tx, ctx, p.ownerId, p.id, {
      'zh-CN': `回款已确认：${p.number} ${moneyText(p.amountFen)}`,
      en: `Payment confirmed: ${p.number} ${moneyText(p.amountFen)}`,
    });
    return paymentDetail(tx, p.id, ctx.clock.now());
  });
}
