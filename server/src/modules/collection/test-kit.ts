import { eq } from 'drizzle-orm';
import { signedContractFixture } from '../../../test/money-fixtures.js';
import type { TestApp } from '../../../test/test-app.js';
import { users } from '../../platform/org/tables.js';
import { customers } from '../customers/index.js';

let n = 0;

/** A customer owned by the user, in the user's unit (tests of the money that follows a signing). */
export async function customerOf(t: TestApp, username: string, name?: string): Promise<string> {
  const [owner] = await t.database.db.select().from(users).where(eq(users.username, username));
  n += 1;
  const label = name ?? `应收测试客户${n}号有限公司`;
  const [c] = await t.database.db
    .insert(customers)
    .values({
      name: label,
      nameKey: `${label}-${n}`,
      level: 'B',
      lifecycle: 'customer',
      type: 'existing',
      unitId: owner!.unitId,
      ownerId: owner!.id,
      ownedSince: t.clock.now(),
    })
    .returning({ id: customers.id });
  return c!.id;
}

/** A signed main contract of the rep's, on a customer of their own, with its AR-1 plan. */
export async function signedFor(t: TestApp, ownerUsername: string, amountFen: bigint, signedOn: string) {
  const customerId = await customerOf(t, ownerUsername);
  return signedContractFixture(t.database, t.clock, { ownerUsername, customerId, amountFen, signedOn });
}
