import { inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { products } from '../products/index.js';
import { signedMainContract } from './contract-source.js';
import { nextOrderNumber } from './numbers.js';
import { recordOrderProgress } from './progress.js';
import { getOrder } from './queries.js';
import type { TOrder, ZOrderCreate } from './schemas.js';
import { deliveryDocumentKinds, deliveryDocuments, orderLines, orders } from './tables.js';

/** A line naming a product must name one in the catalogue (field error on that line). */
async function assertProductsExist(tx: Tx, lines: { productId?: string | null | undefined }[]) {
  const ids = [...new Set(lines.map((l) => l.productId).filter((id): id is string => !!id))];
  if (ids.length === 0) return;
  const found = new Set(
    (await tx.select({ id: products.id }).from(products).where(inArray(products.id, ids))).map((r) => r.id),
  );
  const fields: Record<string, { 'zh-CN': string; en: string }> = {};
  lines.forEach((l, i) => {
    if (l.productId && !found.has(l.productId)) {
      fields[`lines.${i}.productId`] = { 'zh-CN': '产品不存在', en: 'No such product' };
    }
  });
  if (Object.keys(fields).length) throw appError('VALIDATION_FAILED', fields);
}

/**
 * Q2C-10: an order executes a signed main contract the actor may read. It starts in production,
 * with the delivery-document checklist (manual, certificate, test report) all outstanding. The
 * order belongs to the contract's owner and unit; the customer's timeline shows it (Q2C-11).
 */
export function createOrder(ctx: Ctx, input: z.output<typeof ZOrderCreate>): Promise<TOrder> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const contract = await signedMainContract(tx, actor, input.contractId);
    await assertProductsExist(tx, input.lines);
    const at = ctx.clock.now();
    const number = await nextOrderNumber(tx, at);
    const [order] = await tx
      .insert(orders)
      .values({
        number,
        contractId: contract.id,
        customerId: contract.customerId,
        ownerId: contract.ownerId,
        unitId: contract.unitId,
        status: 'production',
        expectedShipDate: input.expectedShipDate ?? null,
        remark: input.remark ?? null,
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    const lines = await tx
      .insert(orderLines)
      .values(
        input.lines.map((l, i) => ({
          orderId: order!.id,
          seq: i + 1,
          productId: l.productId ?? null,
          productName: l.productName,
          unit: l.unit,
          quantity: l.quantity,
        })),
      )
      .returning();
    await tx
      .insert(deliveryDocuments)
      .values(deliveryDocumentKinds.map((kind) => ({ orderId: order!.id, kind, provided: false })));
    await recordOrderProgress(tx, ctx, order!, 'order.created', {
      'zh-CN': `依据合同 ${contract.number} 下达订单 ${number}，进入生产`,
      en: `Order ${number} placed on contract ${contract.number}; in production`,
    });
    await audit(tx, ctx, {
      entity: 'order',
      entityId: order!.id,
      action: 'order.create',
      after: { order, lines },
    });
    return getOrder(tx, actor, order!.id);
  });
}
