import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { closeDueItems } from '../../platform/deadlines/due-items.js';
import { appError } from '../../platform/errors.js';
import { notify } from '../../platform/notifications/notify.js';
import { isUuid } from '../../platform/schemas.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT } from '../customers/index.js';
import { ORDER_INTENT_ACK, ORDER_INTENT_SUBJECT } from './order-intent-events.js';
import { getOrderIntent, mayAcknowledgeSql } from './order-intent-queries.js';
import type { TOrderIntent, ZOrderIntentAck } from './schemas.js';
import { orderIntentReadScope } from './scope.js';
import { orderIntents } from './tables.js';

/**
 * Q2C-4: the supervisor the intent was reported to (or someone above them) acknowledges it,
 * once; the due item closes and the rep is told. 404 outside scope; 403 for anyone else in
 * scope; STATUS_NOT_ALLOWED when already acknowledged.
 */
export function acknowledgeOrderIntent(
  ctx: Ctx,
  id: string,
  input: z.output<typeof ZOrderIntentAck>,
): Promise<TOrderIntent> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    if (!isUuid(id)) throw appError('NOT_FOUND');
    const [visible] = await tx
      .select({ may: sql<boolean>`${mayAcknowledgeSql(actor)}`.mapWith(Boolean) })
      .from(orderIntents)
      .where(and(eq(orderIntents.id, id), orderIntentReadScope(actor)));
    if (!visible) throw appError('NOT_FOUND');
    const [before] = await tx.select().from(orderIntents).where(eq(orderIntents.id, id)).for('update');
    if (before!.acknowledgedAt) throw appError('STATUS_NOT_ALLOWED');
    if (!visible.may) throw appError('FORBIDDEN');
    const at = ctx.clock.now();
    const [after] = await tx
      .update(orderIntents)
      .set({ acknowledgedAt: at, acknowledgedBy: actor.id, ackComment: input.comment ?? null, updatedAt: at })
      .where(eq(orderIntents.id, id))
      .returning();
    await closeDueItems(tx, ctx, {
      subjectType: ORDER_INTENT_SUBJECT,
      subjectId: id,
      kind: ORDER_INTENT_ACK,
      reason: 'acknowledged',
    });
    await notify(tx, ctx, {
      userId: before!.ownerId,
      event: 'order_intent.acknowledged',
      title: {
        'zh-CN': `${actor.displayName} 已确认您的订单意向`,
        en: `${actor.displayName} acknowledged your order intent`,
      },
      ...(input.comment ? { body: { 'zh-CN': input.comment, en: input.comment } } : {}),
      subjectType: ORDER_INTENT_SUBJECT,
      subjectId: id,
      link: `/order-intents?id=${id}`,
    });
    await addTimelineEvent(tx, ctx, {
      subjectType: CUSTOMER_SUBJECT,
      subjectId: before!.customerId,
      kind: 'order_intent.acknowledged',
      summary: {
        'zh-CN': `${actor.displayName} 确认了订单意向`,
        en: `${actor.displayName} acknowledged the order intent`,
      },
      refType: ORDER_INTENT_SUBJECT,
      refId: id,
    });
    await audit(tx, ctx, {
      entity: 'order_intent',
      entityId: id,
      action: 'order_intent.acknowledge',
      before,
      after,
    });
    return getOrderIntent(tx, actor, id);
  });
}
