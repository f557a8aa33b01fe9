import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { lockOrder } from './lock-order.js';
import { recordOrderProgress } from './progress.js';
import { getOrder } from './queries.js';
import type { TDeliveryDocumentKind, TOrder } from './schemas.js';
import { deliveryDocuments } from './tables.js';

export const documentLabels: Record<TDeliveryDocumentKind, { 'zh-CN': string; en: string }> = {
  manual: { 'zh-CN': '说明书', en: 'manual' },
  certificate: { 'zh-CN': '合格证', en: 'certificate' },
  test_report: { 'zh-CN': '检测报告', en: 'test report' },
};

/** Writes one checklist row (whoever ticked it and when), in the caller's transaction. */
export async function writeDeliveryDocument(
  tx: Tx,
  ctx: Ctx,
  orderId: string,
  kind: TDeliveryDocumentKind,
  change: { provided: boolean; fileId?: string | null },
) {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  const values = {
    provided: change.provided,
    ...(change.fileId !== undefined ? { fileId: change.fileId } : {}),
    checkedAt: at,
    checkedBy: actor.id,
  };
  const [before] = await tx
    .select()
    .from(deliveryDocuments)
    .where(and(eq(deliveryDocuments.orderId, orderId), eq(deliveryDocuments.kind, kind)));
  const [after] = before
    ? await tx
        .update(deliveryDocuments)
        .set(values)
        .where(and(eq(deliveryDocuments.orderId, orderId), eq(deliveryDocuments.kind, kind)))
        .returning()
    : await tx
        .insert(deliveryDocuments)
        .values({ orderId, kind, ...values })
        .returning();
  return { before: before ?? null, after: after! };
}

/**
 * Q2C-10: the delivery-document checklist — manual, certificate and test report each marked
 * provided (or not) before the order is accepted; an accepted order's checklist is final.
 */
export function setDeliveryDocument(
  ctx: Ctx,
  orderId: string,
  kind: TDeliveryDocumentKind,
  provided: boolean,
): Promise<TOrder> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const order = await lockOrder(tx, actor, orderId, [
      'production',
      'partially_shipped',
      'shipped',
      'delivered',
    ]);
    const { before, after } = await writeDeliveryDocument(tx, ctx, order.id, kind, { provided });
    if (before?.provided !== provided) {
      const label = documentLabels[kind];
      await recordOrderProgress(
        tx,
        ctx,
        order,
        'order.document',
        provided
          ? {
              'zh-CN': `订单 ${order.number} 随货资料已备：${label['zh-CN']}`,
              en: `Order ${order.number}: ${label.en} provided`,
            }
          : {
              'zh-CN': `订单 ${order.number} 随货资料取消勾选：${label['zh-CN']}`,
              en: `Order ${order.number}: ${label.en} no longer marked provided`,
            },
        { kind, provided },
      );
    }
    await audit(tx, ctx, { entity: 'order', entityId: order.id, action: 'order.document', before, after });
    return getOrder(tx, actor, order.id);
  });
}
