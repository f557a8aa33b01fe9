import { eq } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import { contracts } from '../src/modules/contracts/tables.js';
import { customers } from '../src/modules/customers/tables.js';
import { createSigningPlan } from '../src/modules/receivables/plan.js';
import type { BusinessClock } from '../src/platform/clock.js';
import type { Ctx } from '../src/platform/context.js';
import { users } from '../src/platform/org/tables.js';

let counter = 0;

/**
 * A signed main contract with its AR-1 plan, written straight to the database for tests of what
 * comes after signing (payments, receivables, orders). The signing workflow itself is tested
 * through its routes in modules/contracts.
 */
export async function signedContractFixture(
  database: Database,
  clock: BusinessClock,
  input: { ownerUsername: string; customerId?: string; amountFen: bigint; signedOn: string },
) {
  const db = database.db;
  const [owner] = await db.select().from(users).where(eq(users.username, input.ownerUsername));
  if (!owner) throw new Error(`no user ${input.ownerUsername}`);
  let customerId = input.customerId;
  if (!customerId) {
    const [c] = await db
      .select({ id: customers.id })
      .from(customers)
      .where(eq(customers.ownerId, owner.id))
      .limit(1);
    if (!c) throw new Error(`${input.ownerUsername} owns no customer`);
    customerId = c.id;
  }
  const ctx: Ctx = {
    db,
    clock,
    actor: null,
    requestId: 'fixture',
    ip: null,
    userAgent: null,
    lang: 'zh-CN',
  };
  return db.transaction(async (tx) => {
    counter += 1;
    const [contract] = await tx
      .insert(contracts)
      .values({
        number: `FX-${Date.now().toString(36)}-${counter}`,
        kind: 'main',
        customerId: customerId!,
        title: `测试合同 ${counter}`,
        ownerId: owner.id,
        unitId: owner.unitId,
        amountFen: input.amountFen,
        status: 'signed',
        signedOn: input.signedOn,
        signedAt: clock.now(),
      })
      .returning();
    const plan = await createSigningPlan(tx, ctx, {
      id: contract!.id,
      customerId: contract!.customerId,
      ownerId: contract!.ownerId,
      unitId: contract!.unitId,
      amountFen: contract!.amountFen,
      signedOn: input.signedOn,
    });
    return { contract: contract!, instalments: plan };
  });
}
