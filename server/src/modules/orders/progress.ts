import type { Tx } from '../../db/client.js';
import { type Ctx, requireActor } from '../../platform/context.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { defineNotificationEvent } from '../../platform/notifications/events.js';
import { notify } from '../../platform/notifications/notify.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT } from '../customers/index.js';

export const ORDER_PROGRESS_EVENT = 'order.progress';

export const orderProgressEvent = defineNotificationEvent({
  key: ORDER_PROGRESS_EVENT,
  label: {
    'zh-CN': '同事推进了我的订单（发货、送达、验收）',
    en: 'A colleague moved my order on (shipped, delivered, accepted)',
  },
  emailByDefault: false,
});

/** The timeline kinds orders and returns write on the customer. */
export type OrderTimelineKind =
  | 'order.created'
  | 'order.shipped'
  | 'order.document'
  | 'order.delivered'
  | 'order.accepted'
  | 'return.created'
  | 'return.submitted'
  | 'return.approved'
  | 'return.rejected';

/**
 * Q2C-11: a step of an order shows on its customer's timeline, and its owner hears of it when
 * someone else did it (the assistant ships the rep's order). In the step's transaction.
 */
export async function recordOrderProgress(
  tx: Tx,
  ctx: Ctx,
  order: { id: string; number: string; customerId: string; ownerId: string },
  kind: OrderTimelineKind,
  summary: Localized,
  data?: Record<string, unknown>,
): Promise<void> {
  await addTimelineEvent(tx, ctx, {
    subjectType: CUSTOMER_SUBJECT,
    subjectId: order.customerId,
    kind,
    summary,
    refType: 'order',
    refId: order.id,
    ...(data ? { data } : {}),
  });
  const actor = requireActor(ctx);
  if (actor.id === order.ownerId) return;
  await notify(tx, ctx, {
    userId: order.ownerId,
    event: ORDER_PROGRESS_EVENT,
    title: {
      'zh-CN': `订单 ${order.number}：${summary['zh-CN']}（${actor.displayName}）`,
      en: `Order ${order.number}: ${summary.en} (${actor.displayName})`,
    },
    subjectType: 'order',
    subjectId: order.id,
    link: `/orders/${order.id}`,
  });
}
