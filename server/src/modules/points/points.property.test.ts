import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-db.js';
import { BusinessClock } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import {
  balanceOf,
  expireLots,
  isLedgerError,
  lotMovesOf,
  reverseEntry,
  spend,
} from '../../platform/ledger/ledger.js';
import { ledgerEntries } from '../../platform/ledger/tables.js';
import { awardPoints, POINTS_ACCOUNT } from './award.js';

const DAY = 24 * 60 * 60 * 1000;
const START = new Date('2026-01-05T02:00:00Z');

type Op =
  | { op: 'basic'; points: bigint }
  | { op: 'extra'; points: bigint }
  | { op: 'redeem'; points: bigint }
  | { op: 'advance'; days: number }
  | { op: 'expire' }
  | { op: 'reverse'; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('basic' as const), points: fc.bigInt({ min: 1n, max: 400n }) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('extra' as const), points: fc.bigInt({ min: 1n, max: 200n }) }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ op: fc.constant('redeem' as const), points: fc.bigInt({ min: 1n, max: 500n }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('advance' as const), days: fc.integer({ min: 1, max: 200 }) }),
  },
  { weight: 1, arbitrary: fc.constant({ op: 'expire' as const }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('reverse' as const), pick: fc.nat() }) },
);

/**
 * INC-2/INC-5/INC-6 over random sequences of basic and extra awards (each expiring per its
 * policy), guarded redemptions, expiries, reversals and the passing of time, on the real
 * database: the balance is never negative, the entries replay to it, and the balance as of any
 * past instant is what the lots valid then had left then.
 */
describe('INC-5/INC-6: points properties', async () => {
  const database = await createTestDatabase();
  afterAll(() => database.close());
  const db = database.db;
  const clock = new BusinessClock();
  const ctx: Ctx = { db, clock, actor: null, requestId: 'test', ip: null, userAgent: null, lang: 'zh-CN' };
  let n = 0;

  async function replayAt(holderId: string, at: Date): Promise<bigint> {
    const entries = await db
      .select()
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.account, POINTS_ACCOUNT), eq(ledgerEntries.holderId, holderId)));
    const moves = await lotMovesOf(
      db,
      entries.map((e) => e.id),
    );
    const atOf = new Map(entries.map((e) => [e.id, e.at.getTime()]));
    let total = 0n;
    for (const lot of entries) {
      if (lot.amount <= 0n || lot.reversesId !== null) continue;
      if (lot.at.getTime() > at.getTime()) continue;
      if (lot.expiresAt && lot.expiresAt.getTime() <= at.getTime()) continue;
      const used = moves
        .filter((m) => m.lotId === lot.id && (atOf.get(m.entryId) ?? 0) <= at.getTime())
        .reduce((s, m) => s + m.amount, 0n);
      total += lot.amount - used;
    }
    return total;
  }

  async function run(ops: Op[]) {
    clock.set(START);
    const holderId = randomUUID();
    const awards: string[] = [];
    const redemptions: string[] = [];
    const instants: Date[] = [];
    for (const op of ops) {
      n += 1;
      if (op.op === 'basic' || op.op === 'extra') {
        const e = await db.transaction((tx) =>
          awardPoints(tx, ctx, {
            userId: holderId,
            rule: op.op === 'basic' ? 'basic' : 'other_contribution',
            points: op.points,
            eventKey: `prop:${n}`,
          }),
        );
        awards.push(e!.id);
      } else if (op.op === 'redeem') {
        try {
          const s = await db.transaction((tx) =>
            spend(tx, ctx, { account: POINTS_ACCOUNT, holderId, amount: op.points, kind: 'redeemed' }),
          );
          redemptions.push(s!.entry.id);
        } catch (e) {
          if (!isLedgerError(e, 'INSUFFICIENT_BALANCE')) throw e;
          // Refused only when the live balance is short.
          expect(await balanceOf(db, POINTS_ACCOUNT, holderId, { asOf: clock.now() })).toBeLessThan(
            op.points,
          );
        }
      } else if (op.op === 'advance') {
        clock.set(new Date(clock.now().getTime() + op.days * DAY));
      } else if (op.op === 'expire') {
        await db.transaction((tx) => expireLots(tx, ctx, { account: POINTS_ACCOUNT, holderId }));
      } else {
        const pool = [...awards, ...redemptions];
        if (pool.length === 0) continue;
        const target = pool[op.pick % pool.length]!;
        try {
          await db.transaction((tx) => reverseEntry(tx, ctx, target, 'reversal'));
        } catch (e) {
          if (!isLedgerError(e, 'INSUFFICIENT_BALANCE')) throw e;
        }
      }
      const now = clock.now();
      instants.push(now);
      const live = await balanceOf(db, POINTS_ACCOUNT, holderId, { asOf: now });
      const posted = await balanceOf(db, POINTS_ACCOUNT, holderId);
      expect(live >= 0n, 'live balance never negative').toBe(true);
      expect(posted >= live, 'unwritten expiries only ever lower the live balance').toBe(true);
      expect(await replayAt(holderId, now)).toBe(live);
    }
    // Written off everything due: the sum of the entries is the live balance.
    await db.transaction((tx) => expireLots(tx, ctx, { account: POINTS_ACCOUNT, holderId }));
    expect(await balanceOf(db, POINTS_ACCOUNT, holderId)).toBe(
      await balanceOf(db, POINTS_ACCOUNT, holderId, { asOf: clock.now() }),
    );
    // As of any earlier instant: what the lots valid then had left then.
    for (const at of instants)
      expect(await balanceOf(db, POINTS_ACCOUNT, holderId, { asOf: at })).toBe(await replayAt(holderId, at));
  }

  it('INC-5/INC-6: balances never negative; replaying the entries reproduces balanceOf; the balance as of any date equals the live lots then', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), (ops) => run(ops)),
      { numRuns: 25, seed: 16_2026 },
    );
  });
});
