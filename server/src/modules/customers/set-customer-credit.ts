import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { emit } from '../../platform/events/domain-events.js';
import { moneyText } from '../../platform/money.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { customerCreditSet } from './events.js';
import { getCustomer } from './queries.js';
import type { TCustomer, ZCustomerCredit } from './schemas.js';
import { CUSTOMER_SUBJECT, customerInScope } from './scope.js';
import { customers } from './tables.js';

/**
 * CUS-9: finance or the director sets a customer's credit limit (fen) and rating, with a
 * reason; before and after are audited and the customer's timeline shows the change; the
 * customer.creditSet event tells those who weigh the debt against the limit (RISK-1).
 */
export async function setCustomerCredit(
  ctx: Ctx,
  id: string,
  input: z.output<typeof ZCustomerCredit>,
): Promise<TCustomer> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const found = await customerInScope(tx, actor, id, 'read');
    const [row] = await tx
      .select({ creditLimitFen: customers.creditLimitFen, creditRating: customers.creditRating })
      .from(customers)
      .where(eq(customers.id, found.id))
      .for('update');
    if (!row) throw new Error('customer vanished');
    const at = ctx.clock.now();
    const limit = input.creditLimitFen ?? null;
    const rating = input.creditRating ?? null;
    await tx
      .update(customers)
      .set({ creditLimitFen: limit === null ? null : BigInt(limit), creditRating: rating, updatedAt: at })
      .where(eq(customers.id, found.id));
    const before = {
      creditLimitFen: row.creditLimitFen === null ? null : String(row.creditLimitFen),
      creditRating: row.creditRating,
    };
    const after = { creditLimitFen: limit, creditRating: rating, reason: input.reason };
    await audit(tx, ctx, {
      entity: CUSTOMER_SUBJECT,
      entityId: found.id,
      action: 'customer.credit',
      before,
      after,
    });
    const money = limit === null || limit === '' ? null : moneyText(limit);
    await addTimelineEvent(tx, ctx, {
      subjectType: CUSTOMER_SUBJECT,
      subjectId: found.id,
      kind: 'customer.credit',
      summary: {
        'zh-CN': `${actor.displayName} 设定信用额度 ${money ?? '无'}，评级 ${rating ?? '无'}（${input.reason}）`,
        en: `${actor.displayName} set the credit limit to ${money ?? 'none'}, rating ${rating ?? 'none'} (${input.reason})`,
      },
      data: { before, after },
    });
    await emit(tx, ctx, customerCreditSet, { customerId: found.id });
    return getCustomer(tx, actor, found.id);
  });
}
