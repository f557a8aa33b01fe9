import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { customerContacts } from './tables.js';

/** One primary contact at a time: every other live contact of the customer stops being primary. */
export async function clearOtherPrimaries(tx: Tx, customerId: string, keepId: string, at: Date) {
  await tx
    .update(customerContacts)
    .set({ isPrimary: 0, updatedAt: at })
    .where(
      and(
        eq(customerContacts.customerId, customerId),
        ne(customerContacts.id, keepId),
        eq(customerContacts.isPrimary, 1),
        isNull(customerContacts.deletedAt),
      ),
    );
}

/** Whether the customer has no live contact yet (the first one becomes primary). */
export async function hasNoContacts(tx: Tx, customerId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: customerContacts.id })
    .from(customerContacts)
    .where(and(eq(customerContacts.customerId, customerId), isNull(customerContacts.deletedAt)))
    .limit(1);
  return !row;
}

/**
 * When the primary contact is removed or unmarked, the oldest other live contact becomes
 * primary, so a customer with contacts keeps one primary contact.
 */
export async function promoteOldestContact(tx: Tx, customerId: string, exceptId: string, at: Date) {
  const [next] = await tx
    .select({ id: customerContacts.id })
    .from(customerContacts)
    .where(
      and(
        eq(customerContacts.customerId, customerId),
        ne(customerContacts.id, exceptId),
        isNull(customerContacts.deletedAt),
      ),
    )
    .orderBy(asc(customerContacts.createdAt), asc(customerContacts.id))
    .limit(1);
  if (next) {
    await tx
      .update(customerContacts)
      .set({ isPrimary: 1, updatedAt: at })
      .where(eq(customerContacts.id, next.id));
  }
}
