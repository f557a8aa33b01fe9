import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { nameKey, namePinyin } from './name-key.js';
import type { CustomerCreateInput } from './schemas.js';
import { CUSTOMER_SUBJECT } from './scope.js';
import { customerContacts, customerOwnershipLog, customers } from './tables.js';

export interface InsertCustomerOptions {
  /** null = straight into the public pool. */
  ownerId: string | null;
  unitId: string;
  lifecycle?: 'lead' | 'customer';
  /** How it came in: typed in, imported, or from the first-contact register. */
  change: 'create' | 'import';
  /** Timeline text; defaults to "created by …". */
  summary?: Localized;
  /** Extra facts for the timeline and audit (e.g. the import run or register number). */
  origin?: Record<string, unknown>;
}

/**
 * Writes a new customer with its first contact, the ownership log, a timeline event and the
 * audit row, in the caller's transaction. The caller has validated the input, checked the
 * level against the policy and the owner's capacity, and decided owner and unit.
 */
export async function insertCustomer(
  tx: Tx,
  ctx: Ctx,
  input: Omit<CustomerCreateInput, 'ownerId'>,
  opts: InsertCustomerOptions,
): Promise<{ id: string }> {
  const at = ctx.clock.now();
  const by = ctx.actor?.id ?? null;
  const [row] = await tx
    .insert(customers)
    .values({
      name: input.name,
      nameKey: nameKey(input.name),
      namePinyin: namePinyin(input.name),
      creditCode: input.creditCode ?? null,
      industry: input.industry ?? null,
      unitId: opts.unitId,
      address: input.address ?? null,
      phone: input.phone ?? null,
      website: input.website ?? null,
      type: input.type,
      level: input.level,
      source: input.source,
      lifecycle: opts.lifecycle ?? 'customer',
      ownerId: opts.ownerId,
      ownedSince: opts.ownerId ? at : null,
      pooledAt: opts.ownerId ? null : at,
      creditLimitFen: input.creditLimitFen == null ? null : BigInt(input.creditLimitFen),
      creditRating: input.creditRating ?? null,
      tags: input.tags,
      remark: input.remark ?? null,
      createdAt: at,
      updatedAt: at,
      createdBy: by,
    })
    .returning();
  if (!row) throw new Error('customer insert failed');
  let contactId: string | null = null;
  if (input.contact) {
    const c = input.contact;
    const [contact] = await tx
      .insert(customerContacts)
      .values({
        customerId: row.id,
        name: c.name,
        gender: c.gender,
        title: c.title ?? null,
        phones: c.phones,
        email: c.email ?? null,
        wechat: c.wechat ?? null,
        birthday: c.birthday ?? null,
        isPrimary: 1,
        remark: c.remark ?? null,
        createdAt: at,
        updatedAt: at,
        createdBy: by,
      })
      .returning({ id: customerContacts.id });
    contactId = contact?.id ?? null;
  }
  await tx.insert(customerOwnershipLog).values({
    customerId: row.id,
    change: opts.change,
    fromUserId: null,
    toUserId: opts.ownerId,
    at,
    actorId: by,
  });
  const who = ctx.actor?.displayName ?? '系统';
  await addTimelineEvent(tx, ctx, {
    subjectType: CUSTOMER_SUBJECT,
    subjectId: row.id,
    kind:
      opts.lifecycle === 'lead'
        ? 'lead.created'
        : `customer.${opts.change === 'import' ? 'imported' : 'created'}`,
    summary: opts.summary ?? {
      'zh-CN': `${who} ${opts.change === 'import' ? '导入' : '建立'}了${opts.lifecycle === 'lead' ? '线索' : '客户档案'}`,
      en: `${ctx.actor?.displayName ?? 'System'} ${opts.change === 'import' ? 'imported' : 'created'} the ${opts.lifecycle === 'lead' ? 'lead' : 'customer file'}`,
    },
    ...(opts.origin ? { data: opts.origin } : {}),
  });
  await audit(tx, ctx, {
    entity: CUSTOMER_SUBJECT,
    entityId: row.id,
    action: `customer.${opts.change}`,
    after: { ...row, contactId, ...(opts.origin ? { origin: opts.origin } : {}) },
  });
  return { id: row.id };
}
