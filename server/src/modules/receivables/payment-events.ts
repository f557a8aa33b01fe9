import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { holdersOfSql } from '../../platform/access/holders.js';
import type { Ctx } from '../../platform/context.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { defineNotificationEvent } from '../../platform/notifications/events.js';
import { notify } from '../../platform/notifications/notify.js';
import { users } from '../../platform/org/tables.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT } from '../customers/index.js';

/** AR-4: finance hears of a payment to confirm; the rep hears what finance decided. */
export const paymentRecordedEvent = defineNotificationEvent({
  key: 'payment.recorded',
  label: { 'zh-CN': '有回款待确认', en: 'A payment awaits confirmation' },
  emailByDefault: false,
});
export const paymentDecidedEvent = defineNotificationEvent({
  key: 'payment.decided',
  label: { 'zh-CN': '我的回款已确认、退回或冲销', en: 'My payment was confirmed, rejected or reversed' },
  emailByDefault: false,
});

const link = (paymentId: string) => `/payments?id=${paymentId}`;

/** AR-4: everyone who may confirm payments (finance) is told a new one waits. */
export async function tellConfirmers(tx: Tx, ctx: Ctx, paymentId: string, title: Localized) {
  const holders = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, sql`${holdersOfSql('payment:confirm')}`), eq(users.status, 'active')));
  for (const h of holders) {
    if (h.id === ctx.actor?.id) continue;
    await notify(tx, ctx, {
      userId: h.id,
      event: 'payment.recorded',
      title,
      subjectType: 'payment',
      subjectId: paymentId,
      link: link(paymentId),
    });
  }
}

/** The payment's owner hears finance's decision. */
export async function tellOwner(tx: Tx, ctx: Ctx, ownerId: string, paymentId: string, title: Localized) {
  if (ownerId === ctx.actor?.id) return;
  await notify(tx, ctx, {
    userId: ownerId,
    event: 'payment.decided',
    title,
    subjectType: 'payment',
    subjectId: paymentId,
    link: link(paymentId),
  });
}

/** CUS-1: what happens to a customer's money shows on the customer's timeline. */
export function paymentTimeline(
  tx: Tx,
  ctx: Ctx,
  p: { id: string; customerId: string; number: string; amountFen: bigint },
  kind: 'payment.recorded' | 'payment.confirmed' | 'payment.rejected' | 'payment.reversed',
  summary: Localized,
) {
  return addTimelineEvent(tx, ctx, {
    subjectType: CUSTOMER_SUBJECT,
    subjectId: p.customerId,
    kind,
    summary,
    refType: 'payment',
    refId: p.id,
    data: { number: p.number, amountFen: p.amountFen.toString() },
  });
}
