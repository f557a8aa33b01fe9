import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-db.js';
import { migrationsFolder } from '../../db/migrate.js';
import { BusinessClock } from '../clock.js';
import type { Ctx } from '../context.js';
import { executeJob } from '../jobs/runner.js';
import { ledgerExpiryJob } from './job.js';
import {
  balanceOf,
  EXPIRY_KIND,
  entriesOf,
  expireLots,
  isLedgerError,
  LedgerError,
  lotsOf,
  postEntry,
  reverseEntry,
  spend,
} from './ledger.js';
import { ledgerEntries, ledgerLotConsumptions } from './tables.js';

const DAY = 24 * 60 * 60 * 1000;
const POINTS = 'points';

/** Lots, expiry and the guarded spend (ADR 15): golden cases. */
describe('ledger lots and guarded spend', async () => {
  const database = await createTestDatabase();
  afterAll(() => database.close());
  const db = database.db;
  const clock = new BusinessClock();
  clock.set(new Date('2026-01-01T00:00:00Z'));
  const ctx: Ctx = { db, clock, actor: null, requestId: 'test', ip: null, userAgent: null, lang: 'zh-CN' };
  const inDays = (n: number) => new Date(clock.now().getTime() + n * DAY);

  const award = (holderId: string, amount: bigint, expiresAt: Date | null = null, kind = 'award') =>
    db.transaction(
      async (tx) => (await postEntry(tx, ctx, { account: POINTS, holderId, amount, kind, expiresAt }))!,
    );
  const take = (holderId: string, amount: bigint, opts: { floor?: bigint; key?: string } = {}) =>
    db.transaction(
      async (tx) =>
        (await spend(tx, ctx, {
          account: POINTS,
          holderId,
          amount,
          kind: 'redeemed',
          ...(opts.floor !== undefined ? { floor: opts.floor } : {}),
          ...(opts.key ? { idempotencyKey: opts.key } : {}),
        }))!,
    );
  const reverse = (id: string) => db.transaction((tx) => reverseEntry(tx, ctx, id));
  const remaining = async (holderId: string) =>
    Object.fromEntries((await lotsOf(db, POINTS, holderId)).map((l) => [l.id, l.remaining]));
  const refusal = async (p: Promise<unknown>) => {
    const e = await p.then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(LedgerError);
    return e as LedgerError;
  };

  it('a spend below zero, or below the floor the caller names, is refused and posts nothing', async () => {
    const h = randomUUID();
    await award(h, 500n);
    const e = await refusal(take(h, 501n));
    expect(e.code).toBe('INSUFFICIENT_BALANCE');
    expect(e.details).toMatchObject({ balance: 500n, amount: 501n, floor: 0n });
    expect((await refusal(take(h, 301n, { floor: 200n }))).code).toBe('INSUFFICIENT_BALANCE');
    await take(h, 300n, { floor: 200n });
    expect(await balanceOf(db, POINTS, h)).toBe(200n);
    expect(await entriesOf(db, POINTS, h)).toHaveLength(2);
    await expect(
      db.transaction((tx) => spend(tx, ctx, { account: POINTS, holderId: h, amount: 1n, floor: -1n })),
    ).rejects.toThrow();
  });

  it('a spend takes the lots that expire first, never-expiring last, ties in posting order, and records them', async () => {
    const h = randomUUID();
    const forever = await award(h, 100n, null);
    const year = await award(h, 100n, inDays(365));
    const half = await award(h, 100n, inDays(183));
    const halfToo = await award(h, 100n, inDays(183));
    const spent = await take(h, 250n);
    expect(spent.lots).toEqual([
      { lotId: half.id, amount: 100n },
      { lotId: halfToo.id, amount: 100n },
      { lotId: year.id, amount: 50n },
    ]);
    expect(spent.entry.amount).toBe(-250n);
    const rows = await db
      .select()
      .from(ledgerLotConsumptions)
      .where(eq(ledgerLotConsumptions.entryId, spent.entry.id));
    expect(rows.reduce((n, r) => n + r.amount, 0n)).toBe(250n);
    expect(await remaining(h)).toEqual({
      [half.id]: 0n,
      [halfToo.id]: 0n,
      [year.id]: 50n,
      [forever.id]: 100n,
    });
    // A repeated idempotency key spends once.
    const once = await take(h, 10n, { key: 'order-1' });
    const again = await take(h, 10n, { key: 'order-1' });
    expect(again.entry.id).toBe(once.entry.id);
    expect(again.lots).toEqual([{ lotId: year.id, amount: 10n }]);
    expect(await balanceOf(db, POINTS, h)).toBe(140n);
  });

  it('INC-5/6: basic points count for a year, extra points six months; a balance read as of a date leaves expired lots out', async () => {
    const start = new Date('2026-01-01T00:00:00Z');
    clock.set(start);
    const h = randomUUID();
    await award(h, 1_000n, inDays(365), 'basic');
    await award(h, 300n, inDays(183), 'extra');
    const at = (days: number) => new Date(start.getTime() + days * DAY);
    expect(await balanceOf(db, POINTS, h, { asOf: at(0) })).toBe(1_300n);
    expect(await balanceOf(db, POINTS, h, { asOf: at(182) })).toBe(1_300n);
    expect(await balanceOf(db, POINTS, h, { asOf: at(183) })).toBe(1_000n);
    expect(await balanceOf(db, POINTS, h, { asOf: at(365) })).toBe(0n);
    // Before anything was posted there was nothing.
    expect(await balanceOf(db, POINTS, h, { asOf: at(-1) })).toBe(0n);
    clock.set(at(30));
    await take(h, 200n); // from the extra points, which expire first
    expect(await balanceOf(db, POINTS, h, { asOf: at(29) })).toBe(1_300n);
    expect(await balanceOf(db, POINTS, h, { asOf: at(30) })).toBe(1_100n);
    expect(await balanceOf(db, POINTS, h, { asOf: at(200) })).toBe(1_000n);
    // Six months on, the rest of the extra points lapse: read as of now before the job, then posted.
    clock.set(at(190));
    expect(await balanceOf(db, POINTS, h, { asOf: clock.now() })).toBe(1_000n);
    expect(await balanceOf(db, POINTS, h)).toBe(1_100n);
    const outcome = await executeJob(db, clock, ledgerExpiryJob, clock.now(), 'test');
    expect(outcome.result).toBe('ok');
    expect(await balanceOf(db, POINTS, h)).toBe(1_000n);
    const [expiry] = (await entriesOf(db, POINTS, h)).filter((e) => e.kind === EXPIRY_KIND);
    expect(expiry).toMatchObject({ amount: -100n, refType: 'ledger_lot' });
    // Expiring again posts nothing.
    expect(await db.transaction((tx) => expireLots(tx, ctx, { account: POINTS, holderId: h }))).toEqual([]);
    // A spend never takes from a lot that has expired, even before the job ran.
    clock.set(at(366));
    expect((await refusal(take(h, 1n))).details.balance).toBe(0n);
    expect(await balanceOf(db, POINTS, h, { asOf: at(366) })).toBe(0n);
  });

  it('a spend writes off the lots that expired before it, so the sum of entries is the balance', async () => {
    clock.set(new Date('2026-01-01T00:00:00Z'));
    const h = randomUUID();
    await award(h, 100n, inDays(10));
    await award(h, 100n, null);
    clock.advance(11 * DAY);
    expect(await balanceOf(db, POINTS, h)).toBe(200n);
    await take(h, 30n);
    expect(await balanceOf(db, POINTS, h)).toBe(70n);
    expect((await entriesOf(db, POINTS, h)).map((e) => e.kind).sort()).toEqual([
      'award',
      'award',
      'expiry',
      'redeemed',
    ]);
  });

  it('the reversal of a spend gives back to the lots it took from; what belongs to a lot expired since lapses again', async () => {
    clock.set(new Date('2026-01-01T00:00:00Z'));
    const h = randomUUID();
    const soon = await award(h, 100n, inDays(10));
    const later = await award(h, 100n, inDays(100));
    const s = await take(h, 150n);
    clock.advance(5 * DAY);
    const r1 = await reverse(s.entry.id);
    expect(r1.amount).toBe(150n);
    expect(await remaining(h)).toEqual({ [soon.id]: 100n, [later.id]: 100n });
    expect((await reverse(s.entry.id)).id).toBe(r1.id);

    const s2 = await take(h, 150n);
    clock.advance(10 * DAY); // `soon` has expired
    await reverse(s2.entry.id);
    expect(await remaining(h)).toEqual({ [soon.id]: 0n, [later.id]: 100n });
    expect(await balanceOf(db, POINTS, h)).toBe(100n);
    const kinds = (await entriesOf(db, POINTS, h)).map((e) => `${e.kind}:${e.amount}`);
    expect(kinds).toContain('expiry:-100');
  });

  it('the reversal of an award takes back what is left of it, the spent part from other lots, and is refused past zero', async () => {
    clock.set(new Date('2026-01-01T00:00:00Z'));
    const h = randomUUID();
    const a = await award(h, 100n, inDays(30));
    const b = await award(h, 100n, null);
    await take(h, 60n); // from a
    const r = await reverse(a.id);
    expect(r.amount).toBe(-100n);
    expect(await remaining(h)).toEqual({ [a.id]: 0n, [b.id]: 40n });
    const moves = await db
      .select()
      .from(ledgerLotConsumptions)
      .where(eq(ledgerLotConsumptions.entryId, r.id));
    expect(Object.fromEntries(moves.map((m) => [m.lotId, m.amount]))).toEqual({ [a.id]: 40n, [b.id]: 60n });

    // Refused when the holder no longer has it; nothing changes.
    const c = await award(h, 100n, null);
    await take(h, 120n);
    const e = await refusal(reverse(c.id));
    expect(e.code).toBe('INSUFFICIENT_BALANCE');
    expect(await balanceOf(db, POINTS, h)).toBe(20n);
    // Reversals and expiries are not reversed.
    expect((await refusal(reverse(r.id))).code).toBe('NOT_REVERSIBLE');
  });

  it('the reversal of an award that partly lapsed takes back only what did not lapse', async () => {
    clock.set(new Date('2026-01-01T00:00:00Z'));
    const h = randomUUID();
    const a = await award(h, 100n, inDays(10));
    const b = await award(h, 100n, null);
    await take(h, 30n); // from a; 70 of a lapse
    clock.advance(11 * DAY);
    await db.transaction((tx) => expireLots(tx, ctx, { account: POINTS, holderId: h }));
    const [expiry] = (await entriesOf(db, POINTS, h)).filter((x) => x.kind === EXPIRY_KIND);
    expect(expiry!.amount).toBe(-70n);
    expect((await refusal(reverse(expiry!.id))).code).toBe('NOT_REVERSIBLE');
    const r = await reverse(a.id);
    expect(r.amount).toBe(-30n);
    expect(await remaining(h)).toEqual({ [a.id]: 0n, [b.id]: 70n });
    expect(await balanceOf(db, POINTS, h)).toBe(70n);
    // An award that lapsed whole is reversed by an entry of nothing, still once.
    const c = await award(h, 20n, inDays(1));
    clock.advance(2 * DAY);
    const rc = await reverse(c.id);
    expect(rc.amount).toBe(0n);
    expect((await reverse(c.id)).id).toBe(rc.id);
    expect(await balanceOf(db, POINTS, h)).toBe(70n);
  });

  it('concurrent spends on one account never take it below zero', async () => {
    const h = randomUUID();
    await award(h, 1_000n);
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => take(h, 100n)));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(10);
    for (const o of outcomes)
      if (o.status === 'rejected') expect(isLedgerError(o.reason, 'INSUFFICIENT_BALANCE')).toBe(true);
    expect(await balanceOf(db, POINTS, h)).toBe(0n);
    expect(await remaining(h)).toEqual({ [(await lotsOf(db, POINTS, h))[0]!.id]: 0n });
  });
});

/** Migration 0005 gives the entries posted before lots existed their consumptions. */
describe('ledger lots migration', async () => {
  const database = await createTestDatabase();
  afterAll(() => database.close());
  const db = database.db;

  it('attributes earlier negative entries to the positive ones before them, first in first out', async () => {
    const h = randomUUID();
    const at = (n: number) => new Date(Date.UTC(2026, 0, n));
    const row = async (n: number, amount: bigint, kind: string, reversesId: string | null = null) => {
      const [r] = await db
        .insert(ledgerEntries)
        .values({ account: 'customer_credit', holderId: h, amount, kind, reversesId, at: at(n) })
        .returning();
      return r!;
    };
    const l1 = await row(1, 300n, 'overpayment');
    const l2 = await row(2, 500n, 'credit_note');
    await row(3, -400n, 'applied');
    const l3 = await row(4, 100n, 'overpayment');
    await row(5, -300n, 'payment_reversal', l1.id);
    const sqlText = await readFile(path.join(migrationsFolder, '0005_ledger_lots.sql'), 'utf8');
    const backfill = sqlText.split('--> statement-breakpoint').at(-1)!;
    expect(backfill).toContain('INSERT INTO "ledger_lot_consumptions"');
    await db.execute(sql.raw(backfill));
    const lots = Object.fromEntries((await lotsOf(db, 'customer_credit', h)).map((l) => [l.id, l.remaining]));
    expect(lots).toEqual({ [l1.id]: 0n, [l2.id]: 100n, [l3.id]: 100n });
    expect(await balanceOf(db, 'customer_credit', h)).toBe(200n);
  });
});
