import { eq } from 'drizzle-orm';
import type { TestApp } from '../../../test/test-app.js';
import { users } from '../../platform/org/tables.js';
import { customers } from '../customers/index.js';

let n = 0;

/** A customer owned by the user, in the user's unit (a fixture of the customer file). */
export async function customerOf(t: TestApp, username: string, name?: string): Promise<string> {
  const [owner] = await t.database.db.select().from(users).where(eq(users.username, username));
  n += 1;
  const label = name ?? `拜访计划测试客户${n}号有限公司`;
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

export { sessions, setPolicyValue } from '../../../test/sessions.js';
