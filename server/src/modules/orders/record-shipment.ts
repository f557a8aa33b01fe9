import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { lockOrder } from './lock-order.js';
import { recordOrderProgress } from './progress.js';
import { getOrder } from './queries.js';
import type { TOrder, ZShipmentCreate } from './schemas.js';
import { orderLines, orders, shipmentLines, shipments } from './tables.js';

/**
 * Q2C-10: a shipment (发货), possibly partial. Each line ships at most what is left of it
 * (SHIPMENT_EXCEEDS_ORDER on that line); the order becomes partially shipped, or shipped once
 * every line is shipped in full. Q2C-11: the customer's timeline shows it, the owner hears of it.
 */
export function recordShipment(
  ctx: Ctx,
  orderId: string,
  input: z.output<typeof ZShipmentCreate>,
): Promise<TOrder> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const order = await lockOrder(tx, actor, orderId, ['production', 'partially_shipped']);
    const lines = await tx
      .select({
        id: orderLines.id,
        productName: orderLines.productName,
        unit: orderLines.unit,
        quantity: orderLines.quantity,
        shipped: sql<number>`coalesce((select sum(sl.quantity) from shipment_lines sl
          where sl.order_line_id = ${orderLines.id}), 0)::int`,
      })
      .from(orderLines)
      .where(eq(orderLines.orderId, order.id));
    const byId = new Map(lines.map((l) => [l.id, { ...l, left: l.quantity - Number(l.shipped) }]));

    const unknown: Record<string, Localized> = {};
    const exceeds: Record<string, Localized> = {};
    const seen = new Set<string>();
    input.lines.forEach((l, i) => {
      const line = byId.get(l.orderLineId);
      if (!line) {
        unknown[`lines.${i}.orderLineId`] = { 'zh-CN': '不是该订单的产品行', en: 'Not a line of this order' };
      } else if (seen.has(l.orderLineId)) {
        unknown[`lines.${i}.orderLineId`] = { 'zh-CN': '同一产品行只能填一次', en: 'Each line only once' };
      } else if (l.quantity > line.left) {
        exceeds[`lines.${i}.quantity`] = {
          'zh-CN': `最多还可发 ${line.left} ${line.unit}`,
          en: `At most ${line.left} ${line.unit} left to ship`,
        };
      }
      seen.add(l.orderLineId);
    });
    if (Object.keys(unknown).length) throw appError('VALIDATION_FAILED', unknown);
    if (Object.keys(exceeds).length) throw appError('SHIPMENT_EXCEEDS_ORDER', exceeds);

    const at = ctx.clock.now();
    const [shipment] = await tx
      .insert(shipments)
      .values({
        orderId: order.id,
        shippedOn: input.shippedOn,
        carrier: input.carrier ?? null,
        trackingNo: input.trackingNo ?? null,
        note: input.note ?? null,
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    const shipped = await tx
      .insert(shipmentLines)
      .values(
        input.lines.map((l) => ({
          shipmentId: shipment!.id,
          orderLineId: l.orderLineId,
          quantity: l.quantity,
        })),
      )
      .returning();
    for (const l of input.lines) byId.get(l.orderLineId)!.left -= l.quantity;
    const status = [...byId.values()].every((l) => l.left === 0) ? 'shipped' : 'partially_shipped';
    await tx.update(orders).set({ status, updatedAt: at }).where(eq(orders.id, order.id));

    const what = input.lines.map((l) => {
      const line = byId.get(l.orderLineId)!;
      return `${line.productName} ${l.quantity}${line.unit}`;
    });
    const via = [input.carrier, input.trackingNo].filter(Boolean).join(' ');
    await recordOrderProgress(
      tx,
      ctx,
      order,
      'order.shipped',
      status === 'shipped'
        ? {
            'zh-CN': `订单 ${order.number} 已全部发货：${what.join('、')}${via ? `（${via}）` : ''}`,
            en: `Order ${order.number} fully shipped: ${what.join(', ')}${via ? ` (${via})` : ''}`,
          }
        : {
            'zh-CN': `订单 ${order.number} 部分发货：${what.join('、')}${via ? `（${via}）` : ''}`,
            en: `Order ${order.number} partly shipped: ${what.join(', ')}${via ? ` (${via})` : ''}`,
          },
      { shipmentId: shipment!.id, status },
    );
    await audit(tx, ctx, {
      entity: 'order',
      entityId: order.id,
      action: 'order.ship',
      before: { status: order.status },
      after: { status, shipment, lines: shipped },
    });
    return getOrder(tx, actor, order.id);
  });
}
