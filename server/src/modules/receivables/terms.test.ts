import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signedContractFixture } from '../../../test/money-fixtures.js';
import { createTestApp } from '../../../test/test-app.js';
import { loadActor } from '../../platform/access/actor.js';
import type { Ctx } from '../../platform/context.js';
import { users } from '../../platform/org/tables.js';
import { setPolicy } from '../../platform/policies/write.js';
import { customers } from '../customers/index.js';

/** AR-2: how and when a customer pays — cash up to a limit, terms by customer type, no future dates. */
describe('payment terms (AR-2)', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  t.clock.set(new Date('2026-05-10T02:00:00Z'));
  const rep = await t.login('rep01');

  async function customer(name: string, type: 'existing' | 'distributor') {
    const ownerId = await t.userId('rep01');
    const [u] = await db.select({ unitId: users.unitId }).from(users).where(eq(users.id, ownerId));
    const [row] = await db
      .insert(customers)
      .values({
        name,
        nameKey: name,
        type,
        unitId: u!.unitId,
        level: 'B',
        ownerId,
        ownedSince: t.clock.now(),
      })
      .returning();
    return row!.id;
  }
  async function set(id: string, value: unknown) {
    const admin: Ctx = {
      db,
      clock: t.clock,
      actor: await loadActor(db, await t.userId('admin')),
      requestId: 'test',
      ip: null,
      userAgent: null,
      lang: 'zh-CN',
    };
    await db.transaction((tx) => setPolicy(tx, admin, { id, value }));
  }
  const pay = (body: Record<string, unknown>) =>
    t.request('POST', '/api/payments', {
      cookie: rep,
      body: { method: 'cash', receivedOn: '2026-05-10', payer: '客户出纳', ...body },
    });

  it('AR-2: cash only up to the cash limit; above it a transfer is required (field message)', async () => {
    const customerId = await customer('嘉兴现金客户', 'existing');
    await signedContractFixture(t.database, t.clock, {
      ownerUsername: 'rep01',
      customerId,
      amountFen: 10_000_000n,
      signedOn: '2026-05-01',
    });
    const over = await pay({ customerId, amountFen: '5000001' });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.fields.amountFen).toContain('50,000.00');
    expect((await pay({ customerId, amountFen: '5000000' })).statusCode).toBe(200);
    expect((await pay({ customerId, amountFen: '5000000', method: 'bank_transfer' })).statusCode).toBe(200);
    await set('ar.cashLimitFen', 10_000_000);
    expect((await pay({ customerId, amountFen: '6000000' })).statusCode).toBe(200);
  });

  it('AR-2: money not yet received cannot be recorded (future date refused on the field)', async () => {
    const customerId = await customer('湖州未来客户', 'existing');
    const res = await pay({ customerId, amountFen: '1000', receivedOn: '2026-05-11' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['receivedOn']);
  });

  it('AR-1/AR-2: a customer type with its own credit terms gets them; other types keep the collection period', async () => {
    await set('ar.collectionDaysByCustomerType', { distributor: 60 });
    const dealer = await customer('宁波经销商', 'distributor');
    const direct = await customer('宁波直客', 'existing');
    const a = await signedContractFixture(t.database, t.clock, {
      ownerUsername: 'rep01',
      customerId: dealer,
      amountFen: 100_000n,
      signedOn: '2026-05-01',
    });
    const b = await signedContractFixture(t.database, t.clock, {
      ownerUsername: 'rep01',
      customerId: direct,
      amountFen: 100_000n,
      signedOn: '2026-05-01',
    });
    expect(a.instalments.map((i) => i.dueDate)).toEqual(['2026-06-30']);
    expect(b.instalments.map((i) => i.dueDate)).toEqual(['2026-05-31']);
  });
});
