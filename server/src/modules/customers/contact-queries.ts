import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { iso, isUuid } from '../../platform/schemas.js';
import type { TContact, TContactList } from './schemas.js';
import { customerInScope } from './scope.js';
import { customerContacts } from './tables.js';

export type ContactRow = typeof customerContacts.$inferSelect;

export function toContact(r: ContactRow): TContact {
  return {
    id: r.id,
    customerId: r.customerId,
    name: r.name,
    gender: r.gender,
    title: r.title,
    phones: r.phones,
    email: r.email,
    wechat: r.wechat,
    birthday: r.birthday,
    isPrimary: r.isPrimary === 1,
    remark: r.remark,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

/** CUS-1: the live contacts of a customer the actor may read, the primary first. */
export async function listContacts(db: DbOrTx, actor: Actor, customerId: string): Promise<TContactList> {
  const customer = await customerInScope(db, actor, customerId, 'read');
  const rows = await db
    .select()
    .from(customerContacts)
    .where(and(eq(customerContacts.customerId, customer.id), isNull(customerContacts.deletedAt)))
    .orderBy(desc(customerContacts.isPrimary), asc(customerContacts.createdAt), asc(customerContacts.id));
  return { items: rows.map(toContact) };
}

/** A live contact of the customer (404 if it belongs to another customer or was removed). */
export async function liveContact(db: DbOrTx, customerId: string, contactId: string): Promise<ContactRow> {
  if (!isUuid(contactId)) throw appError('NOT_FOUND');
  const [row] = await db
    .select()
    .from(customerContacts)
    .where(
      and(
        eq(customerContacts.id, contactId),
        eq(customerContacts.customerId, customerId),
        isNull(customerContacts.deletedAt),
      ),
    );
  if (!row) throw appError('NOT_FOUND');
  return row;
}

/** Whether the customer has a live contact with this id (for links from follow-ups and service logs). */
export async function hasLiveContact(db: DbOrTx, customerId: string, contactId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: customerContacts.id })
    .from(customerContacts)
    .where(
      and(
        eq(customerContacts.id, contactId),
        eq(customerContacts.customerId, customerId),
        isNull(customerContacts.deletedAt),
      ),
    );
  return !!row;
}
