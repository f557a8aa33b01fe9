import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { notify } from '../../platform/notifications/notify.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { excerpt } from './follow-up-kinds.js';
import { followUpById } from './follow-up-queries.js';
import { FOLLOW_UP_SUBJECT } from './log-follow-up.js';
import { existingCustomer } from './queries.js';
import { insertFollowUp } from './record-follow-up.js';
import type { TFollowUp, ZServiceLogCreate } from './schemas.js';
import { CUSTOMER_SUBJECT } from './scope.js';

/**
 * CUS-5 (任何客户都是公司的客户): anyone with customer:service logs service for any existing
 * customer, whoever owns it and whatever their own scope. It is a follow-up of kind
 * `service` (it counts for the pool clock), shows in the customer's timeline, and the owner
 * is told. Only the fact that the customer exists is revealed (404 otherwise).
 */
export async function logService(
  ctx: Ctx,
  customerId: string,
  input: z.output<typeof ZServiceLogCreate>,
): Promise<TFollowUp> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const customer = await existingCustomer(tx, customerId);
    const row = await insertFollowUp(tx, ctx, customer.id, { ...input, kind: 'service' });
    await audit(tx, ctx, {
      entity: CUSTOMER_SUBJECT,
      entityId: customer.id,
      action: 'customer.service',
      after: row,
    });
    const summary = {
      'zh-CN': `${actor.displayName} 登记了服务：${excerpt(row.content)}`,
      en: `${actor.displayName} logged service: ${excerpt(row.content)}`,
    };
    await addTimelineEvent(tx, ctx, {
      subjectType: CUSTOMER_SUBJECT,
      subjectId: customer.id,
      kind: 'service.logged',
      at: row.occurredAt,
      summary,
      refType: FOLLOW_UP_SUBJECT,
      refId: row.id,
    });
    if (customer.ownerId && customer.ownerId !== actor.id) {
      await notify(tx, ctx, {
        userId: customer.ownerId,
        event: 'customer.serviceLogged',
        title: {
          'zh-CN': `${actor.displayName} 为客户「${customer.name}」登记了服务`,
          en: `${actor.displayName} logged service for ${customer.name}`,
        },
        body: { 'zh-CN': row.content, en: row.content },
        subjectType: CUSTOMER_SUBJECT,
        subjectId: customer.id,
        link: `/customers/${customer.id}`,
      });
    }
    return followUpById(tx, row.id);
  });
}
