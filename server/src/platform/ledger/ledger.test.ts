import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { auditLog } from '../audit/tables.js';
import type { Ctx } from '../context.js';
import { balanceOf, postEntry, reverseEntry } from './ledger.js';

/** The ledger engine: balances are derived from append-only entries; corrections are new entries. */
describe('ledger engine', async () => {
  const t = await createTestApp({ demo: false });
  const db = t.database.db;
  const ctx: Ctx = {
    db,
    clock: t.clock,
    actor: null,
    requestId: 'test',
    ip: null,
    userAgent: null,
    lang: 'zh-CN',
  };
  const holder = '00000000-0000-4000-8000-000000000001';

  it('AR-4: the balance is the sum of entries; a repeated idempotency key posts once', async () => {
    const first = await db.transaction((tx) =>
      postEntry(tx, ctx, {
        account: 'customer_credit',
        holderId: holder,
        amount: 5_000n,
        kind: 'overpayment',
        idempotencyKey: 'k1',
      }),
    );
    const again = await db.transaction((tx) =>
      postEntry(tx, ctx, {
        account: 'customer_credit',
        holderId: holder,
        amount: 5_000n,
        kind: 'overpayment',
        idempotencyKey: 'k1',
      }),
    );
    expect(again!.id).toBe(first!.id);
    await db.transaction((tx) =>
      postEntry(tx, ctx, { account: 'customer_credit', holderId: holder, amount: -1_200n, kind: 'applied' }),
    );
    expect(await balanceOf(db, 'customer_credit', holder)).toBe(3_800n);
    expect(await balanceOf(db, 'points', holder)).toBe(0n);
    const audited = await db.select().from(auditLog).where(eq(auditLog.entityId, first!.id));
    expect(audited).toHaveLength(1);
  });

  it('PEN-3: a correction reverses an entry once, and never edits it', async () => {
    const entry = await db.transaction((tx) =>
      postEntry(tx, ctx, { account: 'customer_credit', holderId: holder, amount: 700n, kind: 'overpayment' }),
    );
    const before = await balanceOf(db, 'customer_credit', holder);
    const r1 = await db.transaction((tx) => reverseEntry(tx, ctx, entry!.id));
    const r2 = await db.transaction((tx) => reverseEntry(tx, ctx, entry!.id));
    expect(r2.id).toBe(r1.id);
    expect(r1.amount).toBe(-700n);
    expect(await balanceOf(db, 'customer_credit', holder)).toBe(before - 700n);
  });

  it('a zero amount records nothing', async () => {
    const none = await db.transaction((tx) =>
      postEntry(tx, ctx, { account: 'customer_credit', holderId: holder, amount: 0n, kind: 'noop' }),
    );
    expect(none).toBeNull();
  });
});
