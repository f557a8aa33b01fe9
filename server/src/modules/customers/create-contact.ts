import type { z } from 'zod';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { toContact } from './contact-queries.js';
import { recordCustomerChange } from './customer-change.js';
import { clearOtherPrimaries, hasNoContacts } from './primary-contact.js';
import type { TContact, ZContactInput } from './schemas.js';
import { customerInScope } from './scope.js';
import { customerContacts } from './tables.js';

/** CUS-1: adds a contact person; the first contact, or one marked primary, is the primary contact. */
export async function createContact(
  ctx: Ctx,
  customerId: string,
  input: z.output<typeof ZContactInput>,
): Promise<TContact> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const customer = await customerInScope(tx, actor, customerId, 'write');
    const at = ctx.clock.now();
    const primary = input.isPrimary === true || (await hasNoContacts(tx, customer.id));
    const [row] = await tx
      .insert(customerContacts)
      .values({
        customerId: customer.id,
        name: input.name,
        gender: input.gender,
        title: input.title ?? null,
        phones: input.phones,
        email: input.email ?? null,
        wechat: input.wechat ?? null,
        birthday: input.birthday ?? null,
        isPrimary: primary ? 1 : 0,
        remark: input.remark ?? null,
        createdAt: at,
        updatedAt: at,
        createdBy: actor.id,
      })
      .returning();
    if (!row) throw new Error('contact insert failed');
    if (primary) await clearOtherPrimaries(tx, customer.id, row.id, at);
    await recordCustomerChange(tx, ctx, customer.id, {
      action: 'customer.contact.create',
      after: row,
      kind: 'contact.added',
      summary: {
        'zh-CN': `${actor.displayName} 添加了联系人 ${row.name}`,
        en: `${actor.displayName} added the contact ${row.name}`,
      },
      refType: 'customer_contact',
      refId: row.id,
    });
    return toContact(row);
  });
}
