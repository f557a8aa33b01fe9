import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Actor, type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { readFile, storeFile, type Upload } from '../../platform/files/files.js';
import { lockOrder } from './lock-order.js';
import { recordOrderProgress } from './progress.js';
import { getOrder } from './queries.js';
import type { TDeliveryDocumentKind, TOrder } from './schemas.js';
import { documentLabels, writeDeliveryDocument } from './set-delivery-document.js';
import { deliveryDocuments } from './tables.js';

/** Files of an order go by this subject type; a delivery document's scan by this purpose. */
export const ORDER_SUBJECT = 'order';
export const DELIVERY_DOCUMENT_SCAN = 'delivery_document';

/**
 * Q2C-10: the scan of a delivery document (说明书、合格证、检测报告) kept with the order; attaching
 * it marks the document provided. Before acceptance only.
 */
export function attachDocumentScan(
  ctx: Ctx,
  orderId: string,
  kind: TDeliveryDocumentKind,
  upload: Upload,
): Promise<TOrder> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const order = await lockOrder(tx, actor, orderId, [
      'production',
      'partially_shipped',
      'shipped',
      'delivered',
    ]);
    const file = await storeFile(
      tx,
      ctx,
      { subjectType: ORDER_SUBJECT, subjectId: order.id, purpose: DELIVERY_DOCUMENT_SCAN },
      upload,
    );
    const { before, after } = await writeDeliveryDocument(tx, ctx, order.id, kind, {
      provided: true,
      fileId: file.id,
    });
    const label = documentLabels[kind];
    await recordOrderProgress(
      tx,
      ctx,
      order,
      'order.document',
      {
        'zh-CN': `订单 ${order.number} 随货资料已备：${label['zh-CN']}（附扫描件）`,
        en: `Order ${order.number}: ${label.en} provided (scan attached)`,
      },
      { kind, provided: true, fileId: file.id },
    );
    await audit(tx, ctx, { entity: 'order', entityId: order.id, action: 'order.document', before, after });
    return getOrder(tx, actor, order.id);
  });
}

/** The scan of one delivery document of an order the actor may read; 404 when there is none. */
export async function readDocumentScan(
  db: DbOrTx,
  actor: Actor,
  orderId: string,
  kind: TDeliveryDocumentKind,
) {
  await getOrder(db, actor, orderId);
  const [doc] = await db
    .select({ fileId: deliveryDocuments.fileId })
    .from(deliveryDocuments)
    .where(and(eq(deliveryDocuments.orderId, orderId), eq(deliveryDocuments.kind, kind)));
  if (!doc?.fileId) throw appError('NOT_FOUND');
  return readFile(db, { subjectType: ORDER_SUBJECT, subjectId: orderId }, doc.fileId);
}
