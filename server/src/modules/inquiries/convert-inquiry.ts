import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import { holdersOfSql } from '../../platform/access/holders.js';
import { type Actor, type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import type { CustomerCreateInput } from '../customers/index.js';
import {
  assertCustomerLevel,
  assertNoDuplicate,
  assertOwnedCapacity,
  insertCustomer,
  normalisePhone,
} from '../customers/index.js';
import { settleInquiry } from './link-inquiry.js';
import { getInquiry, loadInquiry } from './queries.js';
import type { TInquiry, ZInquiryConvert } from './schemas.js';

const PHONE = /^\+?\d{5,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The first contact of the lead: the person from the entry, with the phone or e-mail they left. */
export function contactFromEntry(
  entry: Pick<TInquiry, 'name' | 'contact'>,
  name: string = entry.name,
): CustomerCreateInput['contact'] {
  const phone = normalisePhone(entry.contact);
  if (PHONE.test(phone)) return { name, gender: 'unknown', phones: [phone] };
  const email = entry.contact.trim();
  if (EMAIL.test(email)) return { name, gender: 'unknown', phones: [], email };
  return undefined;
}

/**
 * Who owns the lead: the one asked for, else the entry's assignee, else whoever converts it.
 * The register routes first contacts (CUS-2), so any active person may be handed a lead;
 * someone who cannot hold customers (e.g. the receptionist) must name an owner.
 */
async function leadOwner(
  tx: Tx,
  actor: Actor,
  entry: TInquiry,
  requested: string | null | undefined,
): Promise<{ id: string; unitId: string }> {
  const ownerId = requested ?? entry.assignee?.id ?? actor.id;
  if (ownerId === actor.id && !actor.permissions['customer:read']) {
    throw appError('VALIDATION_FAILED', {
      ownerId: { 'zh-CN': '请选择负责这条线索的销售', en: 'Choose the rep who will own the lead' },
    });
  }
  const [owner] = await tx
    .select({ id: users.id, unitId: users.unitId })
    .from(users)
    .where(
      and(
        eq(users.id, ownerId),
        eq(users.status, 'active'),
        sql`${users.id} in ${holdersOfSql('customer:write')}`,
      ),
    );
  if (!owner) {
    throw appError('CUSTOMER_ASSIGNEE_INVALID', {
      ownerId: { 'zh-CN': '负责人须为在职的销售人员', en: 'Choose an active salesperson' },
    });
  }
  return owner;
}

/**
 * CUS-2 → CUS-4: a register entry becomes a lead — a customer record in the lead stage, from
 * source "inquiry", named after the entry, with the entry's phone or e-mail as its first
 * contact. The lead's timeline names the register number; the entry points at the lead.
 */
export function convertInquiry(
  ctx: Ctx,
  id: string,
  input: z.output<typeof ZInquiryConvert>,
): Promise<TInquiry> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const entry = await getInquiry(tx, actor, id);
    if (entry.status !== 'new') throw appError('INQUIRY_ALREADY_HANDLED');
    const at = ctx.clock.now();
    const owner = await leadOwner(tx, actor, entry, input.ownerId);
    await assertCustomerLevel(tx, input.level, at, owner.unitId);
    await assertOwnedCapacity(tx, owner.id, at);
    // The entry's name may be a person or a company (姓名/单位): the converter says which.
    const contact =
      input.contactName === null ? undefined : contactFromEntry(entry, input.contactName ?? entry.name);
    // Without a contact person, a phone given at first contact is kept as the company's phone.
    const companyPhone = input.contactName === null ? normalisePhone(entry.contact) : '';
    // CUS-1 (no 撞单): a lead that is an existing customer is refused, naming it and its owner.
    await assertNoDuplicate(
      tx,
      {
        name: input.customerName ?? entry.name,
        creditCode: null,
        phones: [companyPhone, ...(contact?.phones ?? [])],
        type: input.type,
      },
      at,
      owner.unitId,
    );
    const lead = await insertCustomer(
      tx,
      ctx,
      {
        name: input.customerName ?? entry.name,
        ...(PHONE.test(companyPhone) ? { phone: companyPhone } : {}),
        type: input.type,
        level: input.level,
        source: input.source ?? 'inquiry',
        tags: [],
        remark: `${entry.number}：${entry.inquiry}`,
        ...(contact ? { contact } : {}),
      },
      {
        ownerId: owner.id,
        unitId: owner.unitId,
        lifecycle: 'lead',
        change: 'create',
        summary: {
          'zh-CN': `${actor.displayName} 由客户记录表 ${entry.number}（${entry.contactDate}）转为线索：${entry.inquiry}`,
          en: `${actor.displayName} turned first-contact entry ${entry.number} (${entry.contactDate}) into a lead: ${entry.inquiry}`,
        },
        origin: { inquiryId: entry.id, number: entry.number },
      },
    );
    await settleInquiry(tx, ctx, entry, { status: 'lead', customerId: lead.id });
    return loadInquiry(tx, entry.id);
  });
}
