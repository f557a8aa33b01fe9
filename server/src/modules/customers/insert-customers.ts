import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/client.js';
import { auditMany } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { addTimelineEvents } from '../../platform/timeline/timeline.js';
import type { InsertCustomerOptions } from './insert-customer.js';
import { nameKey, namePinyin } from './name-key.js';
import type { CustomerCreateInput } from './schemas.js';
import { CUSTOMER_SUBJECT } from './scope.js';
import { customerContacts, customerOwnershipLog, customers } from './tables.js';

export interface CustomerToInsert {
  input: Omit<CustomerCreateInput, 'ownerId'>;
  ownerId: string | null;
  unitId: string;
  /** Extra facts for the timeline and audit (e.g. the import run and row). */
  origin?: Record<string, unknown>;
  /** Timeline text; defaults to "created by …" / "imported by …". */
  summary?: Localized;
}

/**
 * insertCustomer for many customers at once (imports): the same rows — customer, first contact,
 * ownership log, a timeline event and an audit row per customer — written with one multi-row
 * insert per table, in the caller's transaction. The caller has validated each input, checked
 * levels and the owners' capacity. Returns the new ids in the order given.
 */
export async function insertCustomers(
  tx: Tx,
  ctx: Ctx,
  items: CustomerToInsert[],
  opts: Pick<InsertCustomerOptions, 'change' | 'lifecycle'>,
): Promise<{ id: string }[]> {
  if (items.length === 0) return [];
  const at = ctx.clock.now();
  const by = ctx.actor?.id ?? null;
  const lifecycle = opts.lifecycle ?? 'customer';
  const planned = items.map((item) => ({
    item,
    id: randomUUID(),
    contactId: item.input.contact ? randomUUID() : null,
  }));
  const rows = await tx
    .insert(customers)
    .values(
      planned.map(({ item: { input, ownerId, unitId }, id }) => ({
        id,
        name: input.name,
        nameKey: nameKey(input.name),
        namePinyin: namePinyin(input.name),
        creditCode: input.creditCode ?? null,
        industry: input.industry ?? null,
        unitId,
        address: input.address ?? null,
        phone: input.phone ?? null,
        website: input.website ?? null,
        type: input.type,
        level: input.level,
        source: input.source,
        lifecycle,
        ownerId,
        ownedSince: ownerId ? at : null,
        pooledAt: ownerId ? null : at,
        creditLimitFen: input.creditLimitFen == null ? null : BigInt(input.creditLimitFen),
        creditRating: input.creditRating ?? null,
        tags: input.tags,
        remark: input.remark ?? null,
        createdAt: at,
        updatedAt: at,
        createdBy: by,
      })),
    )
    .returning();
  const rowById = new Map(rows.map((r) => [r.id, r]));

  const contacts = planned.flatMap(({ item: { input }, id, contactId }) => {
    const c = input.contact;
    if (!c || !contactId) return [];
    return [
      {
        id: contactId,
        customerId: id,
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
      },
    ];
  });
  if (contacts.length > 0) await tx.insert(customerContacts).values(contacts);

  await tx.insert(customerOwnershipLog).values(
    planned.map(({ item, id }) => ({
      customerId: id,
      change: opts.change,
      fromUserId: null,
      toUserId: item.ownerId,
      at,
      actorId: by,
    })),
  );

  const verb = opts.change === 'import' ? { zh: '导入', en: 'imported' } : { zh: '建立', en: 'created' };
  const what = lifecycle === 'lead' ? { zh: '线索', en: 'lead' } : { zh: '客户档案', en: 'customer file' };
  const summary = {
    'zh-CN': `${ctx.actor?.displayName ?? '系统'} ${verb.zh}了${what.zh}`,
    en: `${ctx.actor?.displayName ?? 'System'} ${verb.en} the ${what.en}`,
  };
  const kind =
    lifecycle === 'lead' ? 'lead.created' : `customer.${opts.change === 'import' ? 'imported' : 'created'}`;
  await addTimelineEvents(
    tx,
    ctx,
    planned.map(({ item, id }) => ({
      subjectType: CUSTOMER_SUBJECT,
      subjectId: id,
      kind,
      summary: item.summary ?? summary,
      ...(item.origin ? { data: item.origin } : {}),
    })),
  );
  await auditMany(
    tx,
    ctx,
    planned.map(({ item, id, contactId }) => ({
      entity: CUSTOMER_SUBJECT,
      entityId: id,
      action: `customer.${opts.change}`,
      after: { ...rowById.get(id), contactId, ...(item.origin ? { origin: item.origin } : {}) },
    })),
  );
  return planned.map(({ id }) => ({ id }));
}
