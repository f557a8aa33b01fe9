import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-db.js';
import { BusinessClock } from '../clock.js';
import type { Ctx } from '../context.js';
import {
  balanceOf,
  expireLots,
  isLedgerError,
  lotMovesOf,
  lotsOf,
  postEntry,
  reverseEntry,
  spend,
} from './ledger.js';
import { ledgerEntries } from './tables.js';

const DAY = 24 * 60 * 60 * 1000;
const ACCOUNT = 'points';
const START = new Date('2026-01-01T00:00:00Z');

type Op =
  | { op: 'award'; amount: bigint; validDays: number | null }
  | { op: 'spend'; amount: bigint; floor: bigint }
  | { op: 'advance'; hours: number }
  | { op: 'expire' }
  | { op: 'reverse'; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('award' as const),
      amount: fc.bigInt({ min: 1n, max: 500n }),
      // INC-5/6: basic points a year, extra points six months; repeats make expiry ties.
      validDays: fc.oneof(fc.constant(null), fc.constantFrom(183, 365), fc.integer({ min: 1, max: 90 })),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('spend' as const),
      amount: fc.bigInt({ min: 1n, max: 500n }),
      floor: fc.constantFrom(0n, 0n, 0n, 250n),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('advance' as const),
      hours: fc.integer({ min: 1, max: 24 * 120 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ op: 'expire' as const }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('reverse' as const), pick: fc.nat() }) },
);

/** The expected state, in plain TS. */
interface MLot {
  id: string;
  amount: bigint;
  remaining: bigint;
  expiresAt: number | null;
  seq: number;
}
interface MEntry {
  id: string;
  kind: 'award' | 'spend' | 'expiry' | 'reversal';
  amount: bigint;
  /** Lot id → taken (negative: given back). */
  moves: Map<string, bigint>;
  reversed: boolean;
}
interface Model {
  lots: MLot[];
  entries: MEntry[];
  seq: number;
}

const clone = (m: Model): Model => ({
  lots: m.lots.map((l) => ({ ...l })),
  entries: m.entries.map((e) => ({ ...e, moves: new Map(e.moves) })),
  seq: m.seq,
});
/** The smaller of two amounts (Math.min takes numbers only). */
const least = (a: bigint, b: bigint): bigint => (a < b ? a : b);
const live = (l: MLot, now: number) => l.expiresAt === null || l.expiresAt > now;
const fifo = (lots: MLot[]) =>
  [...lots].sort((a, b) =>
    a.expiresAt === b.expiresAt
      ? a.seq - b.seq
      : a.expiresAt === null
        ? 1
        : b.expiresAt === null
          ? -1
          : a.expiresAt - b.expiresAt,
  );
const liveBalance = (m: Model, now: number) =>
  m.lots.filter((l) => live(l, now)).reduce((n, l) => n + l.remaining, 0n);
const postedBalance = (m: Model) => m.lots.reduce((n, l) => n + l.remaining, 0n);

function modelExpire(m: Model, now: number): void {
  for (const lot of fifo(m.lots))
    if (lot.remaining > 0n && !live(lot, now)) {
      m.entries.push({
        id: '',
        kind: 'expiry',
        amount: -lot.remaining,
        moves: new Map([[lot.id, lot.remaining]]),
        reversed: false,
      });
      lot.remaining = 0n;
    }
}
function modelTake(m: Model, amount: bigint, except?: string): Map<string, bigint> {
  const moves = new Map<string, bigint>();
  let left = amount;
  for (const lot of fifo(m.lots.filter((l) => l.id !== except))) {
    if (left === 0n) break;
    if (lot.remaining <= 0n) continue;
    const take = least(lot.remaining, left);
    lot.remaining -= take;
    moves.set(lot.id, take);
    left -= take;
  }
  if (left !== 0n) throw new Error('model: lots do not cover the amount');
  return moves;
}

/**
 * Properties of the ledger (ADR 15) over random awards, spends, expiries, reversals and the
 * passing of time, against the real database: the balance never goes negative, equals what the
 * live lots have left, and the history replays to the same state.
 */
describe('ledger properties', async () => {
  const database = await createTestDatabase();
  afterAll(() => database.close());
  const db = database.db;
  const clock = new BusinessClock();
  const ctx: Ctx = { db, clock, actor: null, requestId: 'test', ip: null, userAgent: null, lang: 'zh-CN' };

  /** Applies the operations to a fresh holder, checking the database against the model after each. */
  async function run(ops: Op[]) {
    clock.set(START);
    const holderId = randomUUID();
    let m: Model = { lots: [], entries: [], seq: 0 };
    /** Live balance at each business instant after the last operation at that instant. */
    const history = new Map<number, bigint>();
    for (const op of ops) {
      const now = clock.now().getTime();
      const next = clone(m);
      let expectRefusal = false;
      let act: (() => Promise<unknown>) | undefined;
      if (op.op === 'award') {
        const expiresAt = op.validDays === null ? null : new Date(now + op.validDays * DAY);
        const entry = await db.transaction((tx) =>
          postEntry(tx, ctx, { account: ACCOUNT, holderId, amount: op.amount, kind: 'award', expiresAt }),
        );
        next.lots.push({
          id: entry!.id,
          amount: op.amount,
          remaining: op.amount,
          expiresAt: expiresAt?.getTime() ?? null,
          seq: next.seq++,
        });
        next.entries.push({
          id: entry!.id,
          kind: 'award',
          amount: op.amount,
          moves: new Map(),
          reversed: false,
        });
      } else if (op.op === 'spend') {
        modelExpire(next, now);
        if (liveBalance(next, now) - op.amount < op.floor) expectRefusal = true;
        else {
          const moves = modelTake(next, op.amount);
          next.entries.push({ id: '', kind: 'spend', amount: -op.amount, moves, reversed: false });
        }
        act = async () => {
          const spent = await db.transaction((tx) =>
            spend(tx, ctx, { account: ACCOUNT, holderId, amount: op.amount, floor: op.floor }),
          );
          const e = next.entries.at(-1)!;
          e.id = spent!.entry.id;
          expect(new Map(spent!.lots.map((l) => [l.lotId, l.amount]))).toEqual(e.moves);
        };
      } else if (op.op === 'advance') {
        clock.advance(op.hours * 60 * 60 * 1000);
      } else if (op.op === 'expire') {
        modelExpire(next, now);
        await db.transaction((tx) => expireLots(tx, ctx, { account: ACCOUNT, holderId }));
      } else {
        const candidates = next.entries.filter(
          (e) => (e.kind === 'award' || e.kind === 'spend') && !e.reversed,
        );
        const target = candidates[op.pick % Math.max(candidates.length, 1)];
        if (target) {
          modelExpire(next, now);
          if (target.kind === 'spend') {
            const back = new Map([...target.moves].map(([lot, n]) => [lot, -n] as const));
            for (const [lot, n] of back) next.lots.find((l) => l.id === lot)!.remaining -= n;
            next.entries.push({
              id: '',
              kind: 'reversal',
              amount: -target.amount,
              moves: back,
              reversed: false,
            });
            modelExpire(next, now);
          } else {
            const lapsed = next.entries
              .filter((e) => e.kind === 'expiry')
              .reduce((n, e) => n + (e.moves.get(target.id) ?? 0n), 0n);
            const claw = target.amount - lapsed;
            if (liveBalance(next, now) - claw < 0n) expectRefusal = true;
            else {
              const lot = next.lots.find((l) => l.id === target.id)!;
              const own = least(lot.remaining, claw);
              lot.remaining -= own;
              const moves = modelTake(next, claw - own, target.id);
              if (own > 0n) moves.set(target.id, own);
              next.entries.push({ id: '', kind: 'reversal', amount: -claw, moves, reversed: false });
            }
          }
          if (!expectRefusal) target.reversed = true;
          act = async () => {
            await db.transaction((tx) => reverseEntry(tx, ctx, target.id));
          };
        }
      }
      if (act) {
        if (expectRefusal) {
          const err = await act().then(
            () => undefined,
            (e: unknown) => e,
          );
          expect(isLedgerError(err, 'INSUFFICIENT_BALANCE'), `${op.op} should be refused`).toBe(true);
        } else await act();
      }
      if (!expectRefusal) m = next;
      // After every step: the database says what the model says, and nothing is negative.
      const at = clock.now();
      const liveNow = await balanceOf(db, ACCOUNT, holderId, { asOf: at });
      const posted = await balanceOf(db, ACCOUNT, holderId);
      expect(liveNow).toBe(liveBalance(m, at.getTime()));
      expect(posted).toBe(postedBalance(m));
      expect(liveNow >= 0n && posted >= 0n).toBe(true);
      const lots = await lotsOf(db, ACCOUNT, holderId);
      expect(new Map(lots.map((l) => [l.id, l.remaining]))).toEqual(
        new Map(m.lots.map((l) => [l.id, l.remaining])),
      );
      for (const l of lots) expect(l.remaining >= 0n && l.remaining <= l.amount).toBe(true);
      history.set(at.getTime(), liveNow);
    }
    // A balance read as of any earlier instant is what it was then.
    for (const [at, balance] of history)
      expect(await balanceOf(db, ACCOUNT, holderId, { asOf: new Date(at) })).toBe(balance);
    // Looking ahead: what will still be valid in 90 days, on what the lots have left now.
    const ahead = clock.now().getTime() + 90 * DAY;
    expect(await balanceOf(db, ACCOUNT, holderId, { asOf: new Date(ahead) })).toBe(liveBalance(m, ahead));
    return { holderId, state: await replay(holderId) };
  }

  /**
   * Replays the history in posting order from the entries and their lot movements alone: every
   * movement keeps its lot between zero and its amount, every entry that is not a lot moves
   * exactly its amount, and the result is the state the database reports.
   */
  async function replay(holderId: string) {
    const entries = await db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.holderId, holderId))
      .orderBy(asc(ledgerEntries.seq));
    const ids = entries.map((e) => e.id);
    const moves = await lotMovesOf(db, ids);
    const left = new Map<string, { amount: bigint; remaining: bigint }>();
    for (const e of entries) {
      if (e.amount > 0n && e.reversesId === null) {
        left.set(e.id, { amount: e.amount, remaining: e.amount });
        continue;
      }
      const own = moves.filter((mv) => mv.entryId === e.id);
      expect(own.reduce((n, mv) => n + mv.amount, 0n)).toBe(-e.amount);
      for (const mv of own) {
        const lot = left.get(mv.lotId)!;
        lot.remaining -= mv.amount;
        expect(lot.remaining >= 0n && lot.remaining <= lot.amount).toBe(true);
      }
    }
    const lots = await lotsOf(db, ACCOUNT, holderId);
    expect(new Map(lots.map((l) => [l.id, l.remaining]))).toEqual(
      new Map([...left].map(([id, l]) => [id, l.remaining])),
    );
    // The state, without the ids: what another holder given the same operations must reach.
    return {
      entries: entries.map(
        (e) => `${e.kind} ${e.amount} ${e.at.toISOString()} ${e.expiresAt?.toISOString() ?? '-'}`,
      ),
      lots: lots.map((l) => `${l.amount} ${l.remaining} ${l.expiresAt?.toISOString() ?? '-'}`),
      balance: await balanceOf(db, ACCOUNT, holderId),
    };
  }

  it('the balance never goes negative, equals the sum of live lots, and replays to the same state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 30, size: 'max' }), async (ops) => {
        const first = await run(ops);
        const second = await run(ops);
        expect(second.state).toEqual(first.state);
      }),
      { seed: 20_260_101, numRuns: 25 },
    );
  });
});
