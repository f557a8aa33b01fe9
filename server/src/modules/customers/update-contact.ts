import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { liveContact, toContact } from './contact-queries.js';
import { recordCustomerChange } from './customer-change.js';
import { clearOtherPrimaries, promoteOldestContact } from './primary-contact.js';
import type { TContact, ZContactUpdate } from './schemas.js';
import { customerInScope } from './scope.js';
import { customerContacts } from './tables.js';

type ContactUpdate = z.output<typeof ZContactUpdate>;
const fields = ['name', 'gender', 'title', 'phones', 'email', 'wechat', 'birthday', 'remark'] as const;
const comparable = (v: unknown): string => (v === null || v === undefined ? '' : JSON.stringify(v));

/** CUS-1: edits a contact (write access to the customer); changed fields only, audited before/after. */
export async function updateContact(
  ctx: Ctx,
  customerId: string,
  contactId: string,
  input: ContactUpdate,
): Promise<TContact> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const customer = await customerInScope(tx, actor, customerId, 'write');
    const contact = await liveContact(tx, customer.id, contactId);
    const at = ctx.clock.now();
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const field of fields) {
      const next = input[field];
      if (next === undefined || comparable(next) === comparable(contact[field])) continue;
      before[field] = contact[field] ?? null;
      after[field] = next;
    }
    const wasPrimary = contact.isPrimary === 1;
    const nowPrimary = input.isPrimary ?? wasPrimary;
    if (nowPrimary !== wasPrimary) {
      before.isPrimary = wasPrimary;
      after.isPrimary = nowPrimary;
    }
    if (Object.keys(after).length === 0) return toContact(contact);
    const [row] = await tx
      .update(customerContacts)
      .set({
        ...Object.fromEntries(Object.entries(after).filter(([k]) => k !== 'isPrimary')),
        isPrimary: nowPrimary ? 1 : 0,
        updatedAt: at,
      })
      .where(eq(customerContacts.id, contact.id))
      .returning();
    if (!row) throw new Error('contact update failed');
    if (nowPrimary && !wasPrimary) await clearOtherPrimaries(tx, customer.id, row.id, at);
    if (wasPrimary && !nowPrimary) await promoteOldestContact(tx, customer.id, row.id, at);
    await recordCustomerChange(tx, ctx, customer.id, {
      action: 'customer.contact.update',
      before: { contactId: contact.id, ...before },
      after: { contactId: contact.id, ...after },
      kind: 'contact.updated',
      summary: {
        'zh-CN': `${actor.displayName} 修改了联系人 ${row.name}`,
        en: `${actor.displayName} updated the contact ${row.name}`,
      },
      refType: 'customer_contact',
      refId: row.id,
    });
    const [fresh] = await tx.select().from(customerContacts).where(eq(customerContacts.id, row.id));
    return toContact(fresh ?? row);
  });
}
