import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT, customers } from '../customers/index.js';
import { getInquiry, loadInquiry } from './queries.js';
import type { TInquiry } from './schemas.js';
import { inquiries } from './tables.js';

/**
 * Marks a new entry as handled (a lead made from it, or linked to a customer). The update is
 * conditional on the status, so two people acting at once cannot both succeed: 409.
 */
export async function settleInquiry(
  tx: Tx,
  ctx: Ctx,
  entry: TInquiry,
  outcome: { status: 'lead' | 'linked'; customerId: string },
): Promise<void> {
  const at = ctx.clock.now();
  const updated = await tx
    .update(inquiries)
    .set({ status: outcome.status, customerId: outcome.customerId, updatedAt: at })
    .where(and(eq(inquiries.id, entry.id), eq(inquiries.status, 'new')))
    .returning({ id: inquiries.id });
  if (updated.length === 0) throw appError('INQUIRY_ALREADY_HANDLED');
  await audit(tx, ctx, {
    entity: 'inquiry',
    entityId: entry.id,
    action: outcome.status === 'lead' ? 'inquiry.convert' : 'inquiry.link',
    before: { status: entry.status, customerId: entry.customer?.id ?? null },
    after: outcome,
  });
}

/** The customer's timeline says which register entry the contact came through. */
function linkedTimelineEvent(tx: Tx, ctx: Ctx, entry: TInquiry, customerId: string) {
  return addTimelineEvent(tx, ctx, {
    subjectType: CUSTOMER_SUBJECT,
    subjectId: customerId,
    kind: 'inquiry.linked',
    summary: {
      'zh-CN': `关联客户记录表登记 ${entry.number}（${entry.contactDate}，${entry.contact}）：${entry.inquiry}`,
      en: `First-contact entry ${entry.number} linked (${entry.contactDate}, ${entry.contact}): ${entry.inquiry}`,
    },
    refType: 'inquiry',
    refId: entry.id,
    data: { number: entry.number, contact: entry.contact, channel: entry.channel },
  });
}

/**
 * CUS-2/CUS-5: the person who got in touch is already on file. Any existing customer may be
 * chosen, whoever owns it (every customer is the company's); the owner sees it on the timeline.
 */
export function linkInquiry(ctx: Ctx, id: string, input: { customerId: string }): Promise<TInquiry> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const entry = await getInquiry(tx, actor, id);
    if (entry.status !== 'new') throw appError('INQUIRY_ALREADY_HANDLED');
    const [customer] = await tx
      .select({ id: customers.id })
      .from(customers)
      .where(eq(customers.id, input.customerId));
    if (!customer) {
      throw appError('VALIDATION_FAILED', {
        customerId: { 'zh-CN': '客户不存在', en: 'No such customer' },
      });
    }
    await settleInquiry(tx, ctx, entry, { status: 'linked', customerId: customer.id });
    await linkedTimelineEvent(tx, ctx, entry, customer.id);
    return loadInquiry(tx, entry.id);
  });
}
