import { count, eq, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { ownedCustomerCap } from './policies.js';
import { customers } from './tables.js';

/**
 * Serialises changes to one person's book of customers until the transaction ends, so two
 * concurrent claims or assignments cannot both pass the owned cap (or the daily claim cap).
 */
export async function lockOwnerBook(tx: Tx, ownerId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`customer-owner:${ownerId}`}))`);
}

/** How many customers (and leads) a person owns right now. */
export async function countOwnedCustomers(db: DbOrTx, ownerId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(customers).where(eq(customers.ownerId, ownerId));
  return Number(row?.n ?? 0);
}

/** The owned cap in force for a person: the policy of their unit (a region may override it). */
export async function ownedCapFor(db: DbOrTx, ownerId: string, at: Date): Promise<number> {
  const [owner] = await db.select({ unitId: users.unitId }).from(users).where(eq(users.id, ownerId));
  return readPolicy(db, ownedCustomerCap, at, owner?.unitId ?? null);
}

/**
 * CUS-1 (customer.ownedCap): one more customer may go to `ownerId` only while they own fewer
 * than the cap. Call inside the write's transaction before giving a customer an owner (create,
 * import, claim, reassignment); it locks the owner's book until commit so concurrent writes
 * cannot overshoot. Throws 422 CUSTOMER_OWNED_CAP with a message on `ownerId`.
 */
export async function assertOwnedCapacity(tx: Tx, ownerId: string, at: Date, adding = 1): Promise<void> {
  await lockOwnerBook(tx, ownerId);
  const owned = await countOwnedCustomers(tx, ownerId);
  const cap = await ownedCapFor(tx, ownerId, at);
  if (owned + adding > cap) {
    throw appError('CUSTOMER_OWNED_CAP', {
      ownerId: {
        'zh-CN': `负责人已有 ${owned} 个客户，达到上限 ${cap} 个`,
        en: `This person already owns ${owned} customers; the cap is ${cap}`,
      },
    });
  }
}
