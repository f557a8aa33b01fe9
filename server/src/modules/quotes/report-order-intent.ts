import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { computeDueAt } from '../../platform/deadlines/calendar.js';
import { openDueItem } from '../../platform/deadlines/due-items.js';
import { defaultLadder } from '../../platform/deadlines/ladder.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { appError } from '../../platform/errors.js';
import { notify } from '../../platform/notifications/notify.js';
import { users } from '../../platform/org/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT } from '../customers/index.js';
import { ORDER_INTENT_ACK, ORDER_INTENT_SUBJECT } from './order-intent-events.js';
import { getOrderIntent } from './order-intent-queries.js';
import { orderIntentAckWorkingDays } from './policies.js';
import { readableCustomer } from './references.js';
import type { TOrderIntent, ZOrderIntentCreate } from './schemas.js';
import { quoteReadScope } from './scope.js';
import { orderIntents, quotes } from './tables.js';

/**
 * Q2C-4 (客户订货前，业务员须向主管报告): the rep reports an order intent to their direct
 * superior, who is notified and gets a due item to acknowledge it by the end of the working
 * day policy quote.orderIntentAckWorkingDays after today (escalating up the chain if missed).
 */
export function reportOrderIntent(
  ctx: Ctx,
  input: z.output<typeof ZOrderIntentCreate>,
): Promise<TOrderIntent> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const customer = await readableCustomer(tx, actor, input.customerId);
    let quoteNumber: string | null = null;
    if (input.quoteId) {
      const [q] = await tx
        .select({ number: quotes.number })
        .from(quotes)
        .where(and(eq(quotes.id, input.quoteId), eq(quotes.customerId, customer.id), quoteReadScope(actor)));
      if (!q)
        throw appError('NOT_FOUND', {
          quoteId: { 'zh-CN': '报价单不存在或不属于该客户', en: 'No such quote of this customer' },
        });
      quoteNumber = q.number;
    }
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(orderIntents)
      .values({
        customerId: customer.id,
        quoteId: input.quoteId ?? null,
        ownerId: actor.id,
        unitId: actor.unitId,
        supervisorId: actor.superiorId,
        expectedAmountFen: input.expectedAmountFen ? BigInt(input.expectedAmountFen) : null,
        expectedOrderDate: input.expectedOrderDate ?? null,
        note: input.note,
        reportedAt: at,
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    if (!row) throw new Error('order intent insert failed');
    const what = `${customer.name}${quoteNumber ? `（${quoteNumber}）` : ''}`;
    if (actor.superiorId) {
      const [sup] = await tx
        .select({ unitId: users.unitId })
        .from(users)
        .where(eq(users.id, actor.superiorId));
      const tz = await readPolicy(tx, companyTimeZone, at);
      const days = await readPolicy(tx, orderIntentAckWorkingDays, at, actor.unitId);
      await openDueItem(tx, ctx, {
        kind: ORDER_INTENT_ACK,
        title: `确认订单意向 / Acknowledge order intent: ${actor.displayName} · ${customer.name}`,
        ownerId: actor.superiorId,
        unitId: sup?.unitId ?? actor.unitId,
        subjectType: ORDER_INTENT_SUBJECT,
        subjectId: row.id,
        dueAt: computeDueAt({ from: at, amount: days, unit: 'working_days', endOfDay: true }, tz),
        rule: {
          from: at.toISOString(),
          amount: days,
          unit: 'working_days',
          policy: orderIntentAckWorkingDays.id,
        },
        ladder: await defaultLadder(tx, at),
      });
      await notify(tx, ctx, {
        userId: actor.superiorId,
        event: 'order_intent.reported',
        title: {
          'zh-CN': `${actor.displayName} 报告了订单意向：${what}`,
          en: `${actor.displayName} reported an order intent: ${what}`,
        },
        body: { 'zh-CN': input.note, en: input.note },
        subjectType: ORDER_INTENT_SUBJECT,
        subjectId: row.id,
        link: `/order-intents?id=${row.id}`,
      });
    }
    await addTimelineEvent(tx, ctx, {
      subjectType: CUSTOMER_SUBJECT,
      subjectId: customer.id,
      kind: 'order_intent.reported',
      summary: {
        'zh-CN': `报告订单意向${quoteNumber ? ` ${quoteNumber}` : ''}`,
        en: `Order intent reported${quoteNumber ? `: ${quoteNumber}` : ''}`,
      },
      refType: ORDER_INTENT_SUBJECT,
      refId: row.id,
      data: {
        expectedAmountFen: row.expectedAmountFen?.toString() ?? null,
        expectedOrderDate: row.expectedOrderDate,
      },
    });
    await audit(tx, ctx, {
      entity: 'order_intent',
      entityId: row.id,
      action: 'order_intent.report',
      after: row,
    });
    return getOrderIntent(tx, actor, row.id);
  });
}
