import { eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { emit } from '../../platform/events/domain-events.js';
import { orderAccepted } from './events.js';
import { lockOrder } from './lock-order.js';
import { recordOrderProgress } from './progress.js';
import { getOrder, missingKinds } from './queries.js';
import type { TOrder } from './schemas.js';
import { documentLabels } from './set-delivery-document.js';
import { deliveryDocuments, orders } from './tables.js';

/**
 * Q2C-10: the customer accepts a delivered order (验收) only when the manual, the certificate and
 * the test report are all provided; otherwise 422 DELIVERY_DOCS_INCOMPLETE naming each missing
 * one. Q2C-11: timeline and owner notice.
 */
export function acceptOrder(ctx: Ctx, orderId: string): Promise<TOrder> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const order = await lockOrder(tx, actor, orderId, ['delivered']);
    const docs = await tx.select().from(deliveryDocuments).where(eq(deliveryDocuments.orderId, order.id));
    const missing = missingKinds(docs);
    if (missing.length > 0) {
      throw appError(
        'DELIVERY_DOCS_INCOMPLETE',
        Object.fromEntries(
          missing.map((kind) => [
            `documents.${kind}`,
            {
              'zh-CN': `缺少${documentLabels[kind]['zh-CN']}`,
              en: `The ${documentLabels[kind].en} is missing`,
            },
          ]),
        ),
      );
    }
    const at = ctx.clock.now();
    const [after] = await tx
      .update(orders)
      .set({ status: 'accepted', acceptedAt: at, updatedAt: at })
      .where(eq(orders.id, order.id))
      .returning();
    await recordOrderProgress(tx, ctx, order, 'order.accepted', {
      'zh-CN': `订单 ${order.number} 客户已验收`,
      en: `Order ${order.number} accepted by the customer`,
    });
    await audit(tx, ctx, {
      entity: 'order',
      entityId: order.id,
      action: 'order.accept',
      before: order,
      after,
    });
    await emit(tx, ctx, orderAccepted, {
      orderId: order.id,
      number: order.number,
      customerId: order.customerId,
      ownerId: order.ownerId,
      acceptedAt: at,
    });
    return getOrder(tx, actor, order.id);
  });
}
