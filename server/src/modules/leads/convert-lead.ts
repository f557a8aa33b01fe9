import { eq } from 'drizzle-orm';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { readPolicy } from '../../platform/policies/read.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import {
  CUSTOMER_SUBJECT,
  convertLeadToCustomer,
  customerInScope,
  customers,
  qualifiedScore,
} from '../customers/index.js';
import { leadStatus } from './lead-status.js';
import type { TLeadStatus } from './schemas.js';

/**
 * CUS-4: a lead whose potential-value score reaches `customer.qualifiedScore` becomes a
 * customer. It stays the same record, so its contacts, follow-ups and timeline stay with it.
 */
export function convertLead(ctx: Ctx, id: string): Promise<TLeadStatus> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const customer = await customerInScope(tx, actor, id, 'write');
    if (customer.lifecycle === 'customer') throw appError('LEAD_ALREADY_CUSTOMER');
    const at = ctx.clock.now();
    const threshold = await readPolicy(tx, qualifiedScore, at, customer.unitId);
    const [row] = await tx
      .select({ potentialScore: customers.potentialScore })
      .from(customers)
      .where(eq(customers.id, customer.id));
    const score = row?.potentialScore ?? null;
    if (score === null || score < threshold) throw appError('LEAD_NOT_QUALIFIED');
    if (!(await convertLeadToCustomer(tx, ctx, customer.id, score))) throw appError('LEAD_ALREADY_CUSTOMER');
    await addTimelineEvent(tx, ctx, {
      subjectType: CUSTOMER_SUBJECT,
      subjectId: customer.id,
      kind: 'lead.converted',
      summary: {
        'zh-CN': `${actor.displayName} 将线索转为客户（潜在价值 ${score} 分）`,
        en: `${actor.displayName} converted the lead to a customer (potential value ${score})`,
      },
      data: { score, qualifiedScore: threshold },
    });
    return leadStatus(tx, customer.id, threshold);
  });
}
