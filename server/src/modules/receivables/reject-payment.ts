import { and, eq, isNull } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { moneyText } from '../../platform/money.js';
import { refreshInstalmentAmounts } from './amounts.js';
import { lockPayment } from './lock-payment.js';
import { paymentTimeline, tellOwner } from './payment-events.js';
import { paymentDetail } from './payment-queries.js';
import type { TPaymentDetail } from './schemas.js';
import { payments, settlements } from './tables.js';

/**
 * AR-4: finance sends a pending payment back (money not arrived, wrong amount …), with the
 * reason. It never counts, and its reservations on the instalments are released.
 */
export function rejectPayment(ctx: Ctx, id: string, reason: string): Promise<TPaymentDetail> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const p = await lockPayment(tx, actor, id, 'payment:confirm');
    if (p.status !== 'pending') throw appError('STATUS_NOT_ALLOWED');
    const at = ctx.clock.now();
    const [after] = await tx
      .update(payments)
      .set({ status: 'rejected', rejectReason: reason, updatedAt: at })
      .where(eq(payments.id, p.id))
      .returning();
    const released = await tx
      .update(settlements)
      .set({ releasedAt: at })
      .where(
        and(
          eq(settlements.sourceType, 'payment'),
          eq(settlements.sourceId, p.id),
          isNull(settlements.releasedAt),
        ),
      )
      .returning({ instalmentId: settlements.instalmentId });
    await refreshInstalmentAmounts(
      tx,
      released.map((r) => r.instalmentId),
    );
    await audit(tx, ctx, { entity: 'payment', entityId: p.id, action: 'payment.reject', before: p, after });
    await paymentTimeline(tx, ctx, p, 'payment.rejected', {
      'zh-CN': `财务退回回款 ${p.number}：${reason}`,
      en: `Finance rejected payment ${p.number}: ${reason}`,
    });
    await tellOwner(tx, ctx, p.ownerId, p.id, {
      'zh-CN': `回款被退回：${p.number} ${moneyText(p.amountFen)}（${reason}）`,
      en: `Payment rejected: ${p.number} ${moneyText(p.amountFen)} (${reason})`,
    });
    return paymentDetail(tx, p.id, ctx.clock.now());
  });
}
