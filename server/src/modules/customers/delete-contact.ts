import { eq } from 'drizzle-orm';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { liveContact } from './contact-queries.js';
import { recordCustomerChange } from './customer-change.js';
import { promoteOldestContact } from './primary-contact.js';
import { customerInScope } from './scope.js';
import { customerContacts } from './tables.js';

/** CUS-1: removes a contact (kept, marked deleted, so history and old follow-ups still name them). */
export async function deleteContact(ctx: Ctx, customerId: string, contactId: string): Promise<{ ok: true }> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const customer = await customerInScope(tx, actor, customerId, 'write');
    const contact = await liveContact(tx, customer.id, contactId);
    const at = ctx.clock.now();
    await tx
      .update(customerContacts)
      .set({ deletedAt: at, isPrimary: 0, updatedAt: at })
      .where(eq(customerContacts.id, contact.id));
    if (contact.isPrimary === 1) await promoteOldestContact(tx, customer.id, contact.id, at);
    await recordCustomerChange(tx, ctx, customer.id, {
      action: 'customer.contact.delete',
      before: contact,
      kind: 'contact.removed',
      summary: {
        'zh-CN': `${actor.displayName} 删除了联系人 ${contact.name}`,
        en: `${actor.displayName} removed the contact ${contact.name}`,
      },
      refType: 'customer_contact',
      refId: contact.id,
    });
    return { ok: true as const };
  });
}
