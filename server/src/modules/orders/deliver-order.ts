import { eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { lockOrder } from './lock-order.js';
import { recordOrderProgress } from './progress.js';
import { getOrder } from './queries.js';
import type { TOrder } from './schemas.js';
import { orders } from './tables.js';

/** Q2C-10: a fully shipped order reaches the customer (送达). Q2C-11: timeline and owner notice. */
export function deliverOrder(ctx: Ctx, orderId: string): Promise<TOrder> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const order = await lockOrder(tx, actor, orderId, ['shipped']);
    const at = ctx.clock.now();
    const [after] = await tx
      .update(orders)
      .set({ status: 'delivered', deliveredAt: at, updatedAt: at })
      .where(eq(orders.id, order.id))
      .returning();
    await recordOrderProgress(tx, ctx, order, 'order.delivered', {
      'zh-CN': `订单 ${order.number} 已送达客户`,
      en: `Order ${order.number} delivered to the customer`,
    });
    await audit(tx, ctx, {
      entity: 'order',
      entityId: order.id,
      action: 'order.deliver',
      before: order,
      after,
    });
    return getOrder(tx, actor, order.id);
  });
}
