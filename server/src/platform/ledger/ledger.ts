import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { queryRows } from '../../db/client.js';
import { audit } from '../audit/audit.js';
import type { Ctx } from '../context.js';
import { ledgerEntries, ledgerLotConsumptions } from './tables.js';

export type LedgerEntry = typeof ledgerEntries.$inferSelect;

/** The kind of the entries that write off what an expired lot had left (posted by the ledger only). */
export const EXPIRY_KIND = 'expiry';

/** What a lot movement names: the lot, and how much was taken from it (negative: given back). */
export interface LotMove {
  lotId: string;
  amount: bigint;
}

export type LedgerErrorCode =
  /** The spend would take the live balance below the floor. */
  | 'INSUFFICIENT_BALANCE'
  /** Reversals and expiries are not reversed (reverse the original, or award anew). */
  | 'NOT_REVERSIBLE';

/**
 * A refusal of the ledger engine. Callers map it to their own `appError` (customer credit:
 * CUSTOMER_CREDIT_SPENT); it is never shown to a client as it is.
 */
export class LedgerError extends Error {
  constructor(
    readonly code: LedgerErrorCode,
    readonly details: {
      account: string;
      holderId: string;
      balance?: bigint;
      amount?: bigint;
      floor?: bigint;
    },
  ) {
    super(`ledger ${code} on ${details.account}:${details.holderId}`);
    this.name = 'LedgerError';
  }
}

export function isLedgerError(e: unknown, code?: LedgerErrorCode): e is LedgerError {
  return e instanceof LedgerError && (code === undefined || e.code === code);
}

/**
 * Serialises the writes that take from one holder's balance on one account, until the
 * transaction ends (a transaction-scoped advisory lock: works on PGlite's one connection and
 * across PostgreSQL connections and instances). Re-entrant within a transaction. Take it before
 * the transaction's first audit() when a use case reads the balance to decide (the audit chain
 * lock is held to commit, so taking it first everywhere keeps the two from deadlocking).
 */
export async function lockAccount(tx: Tx, account: string, holderId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${account}:${holderId}`}))`);
}

export interface PostEntry {
  account: string;
  holderId: string;
  /** Signed amount; zero entries are not written. A negative amount is a spend (see spend()). */
  amount: bigint;
  kind: string;
  refType?: string;
  refId?: string;
  /** The same key on the same account posts once: a repeat returns the first entry. */
  idempotencyKey?: string;
  memo?: unknown;
  /** A positive entry is a lot; it stops counting at this instant (null or absent: never). */
  expiresAt?: Date | null;
}

async function seenKey(tx: Tx, account: string, key: string | undefined): Promise<LedgerEntry | undefined> {
  if (!key) return undefined;
  const [seen] = await tx
    .select()
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.account, account), eq(ledgerEntries.idempotencyKey, key)));
  return seen;
}

async function insertEntry(
  tx: Tx,
  ctx: Ctx,
  values: Omit<typeof ledgerEntries.$inferInsert, 'at' | 'actorId'>,
  moves: LotMove[],
  action: string,
): Promise<LedgerEntry> {
  const [row] = await tx
    .insert(ledgerEntries)
    .values({ ...values, at: ctx.clock.now(), actorId: ctx.actor?.id ?? null })
    .returning();
  if (!row) throw new Error('ledger insert failed');
  const recorded = moves.filter((m) => m.amount !== 0n);
  if (recorded.length > 0)
    await tx
      .insert(ledgerLotConsumptions)
      .values(recorded.map((m) => ({ entryId: row.id, lotId: m.lotId, amount: m.amount })));
  await audit(tx, ctx, {
    entity: 'ledger_entry',
    entityId: row.id,
    action,
    after: recorded.length > 0 ? { ...row, lots: recorded } : row,
  });
  return row;
}

/**
 * The ledger engine's write: an append-only entry, audited in the caller's transaction.
 * A positive amount is a lot (valid until `expiresAt`); a negative one is spent as by spend()
 * with a floor of zero. Returns null for a zero amount (nothing to record).
 */
export async function postEntry(tx: Tx, ctx: Ctx, input: PostEntry): Promise<LedgerEntry | null> {
  if (input.amount === 0n) return null;
  if (input.kind === EXPIRY_KIND) throw new Error('expiry entries are posted by the ledger only');
  if (input.amount < 0n) {
    if (input.expiresAt) throw new Error('only a positive entry (a lot) carries an expiry');
    const { expiresAt: _, ...rest } = input;
    return (await spend(tx, ctx, { ...rest, amount: -input.amount }))?.entry ?? null;
  }
  const seen = await seenKey(tx, input.account, input.idempotencyKey);
  if (seen) return seen;
  return insertEntry(
    tx,
    ctx,
    {
      account: input.account,
      holderId: input.holderId,
      amount: input.amount,
      kind: input.kind,
      refType: input.refType ?? null,
      refId: input.refId ?? null,
      idempotencyKey: input.idempotencyKey ?? null,
      expiresAt: input.expiresAt ?? null,
      memo: input.memo ?? null,
    },
    [],
    `ledger.${input.account}.post`,
  );
}

export interface Lot {
  id: string;
  amount: bigint;
  /** What the lot has left (its amount less what spends, expiries and reversals took). */
  remaining: bigint;
  expiresAt: Date | null;
  at: Date;
  seq: number;
  kind: string;
  refType: string | null;
  refId: string | null;
}

/** A lot is a positive entry that reverses nothing. */
const isLot = sql`${ledgerEntries.amount} > 0 and ${ledgerEntries.reversesId} is null`;
/** First in, first out: the earliest expiry first, never-expiring last, then posting order. */
const fifo = [sql`${ledgerEntries.expiresAt} asc nulls last`, asc(ledgerEntries.seq)];

/** What has been taken from a lot (the correlated sum of its consumptions). */
const usedOfLot = sql`(select coalesce(sum(c.amount), 0) from ${ledgerLotConsumptions} c
                       where c.lot_id = ${ledgerEntries.id})`;

/**
 * A holder's lots on an account with what each has left now, in the order spends consume them;
 * `open`: only those with something left (expired or not).
 */
export async function lotsOf(
  db: DbOrTx,
  account: string,
  holderId: string,
  opts: { open?: boolean } = {},
): Promise<Lot[]> {
  const rows = await db
    .select({
      id: ledgerEntries.id,
      amount: ledgerEntries.amount,
      used: sql<string>`${usedOfLot}::text`,
      expiresAt: ledgerEntries.expiresAt,
      at: ledgerEntries.at,
      seq: ledgerEntries.seq,
      kind: ledgerEntries.kind,
      refType: ledgerEntries.refType,
      refId: ledgerEntries.refId,
    })
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.account, account),
        eq(ledgerEntries.holderId, holderId),
        isLot,
        opts.open ? sql`${ledgerEntries.amount} > ${usedOfLot}` : undefined,
      ),
    )
    .orderBy(...fifo);
  return rows.map(({ used, ...r }) => ({ ...r, remaining: r.amount - BigInt(used) }));
}

const liveAt = (lot: Lot, at: Date) => lot.expiresAt === null || lot.expiresAt.getTime() > at.getTime();

/** The smaller of two amounts (Math.min takes numbers only). */
const least = (a: bigint, b: bigint): bigint => (a < b ? a : b);

/** Takes `amount` from the lots in their order (the caller checked they hold enough). */
function takeFifo(lots: Lot[], amount: bigint): LotMove[] {
  const moves: LotMove[] = [];
  let left = amount;
  for (const lot of lots) {
    if (left <= 0n) break;
    if (lot.remaining <= 0n) continue;
    const take = least(lot.remaining, left);
    moves.push({ lotId: lot.id, amount: take });
    left -= take;
  }
  if (left > 0n) throw new Error('ledger: lots do not cover the amount');
  return moves;
}

/**
 * Writes off what the holder's lots expired by `at` still have: one `expiry` entry per lot,
 * taking its remainder. The caller holds the account lock.
 */
async function expireDue(
  tx: Tx,
  ctx: Ctx,
  account: string,
  holderId: string,
  at: Date,
): Promise<LedgerEntry[]> {
  const due = (await lotsOf(tx, account, holderId, { open: true })).filter(
    (l) => l.remaining > 0n && !liveAt(l, at),
  );
  const posted: LedgerEntry[] = [];
  for (const lot of due)
    posted.push(
      await insertEntry(
        tx,
        ctx,
        {
          account,
          holderId,
          amount: -lot.remaining,
          kind: EXPIRY_KIND,
          refType: 'ledger_lot',
          refId: lot.id,
          memo: { expiresAt: lot.expiresAt?.toISOString() },
        },
        [{ lotId: lot.id, amount: lot.remaining }],
        `ledger.${account}.expire`,
      ),
    );
  return posted;
}

/**
 * Expiry: posts an `expiry` entry for what each of the holder's lots that expired by `at`
 * (default: now; never later) has left, so the sum of entries stays the balance and the
 * history says where the points went. Spends and reversals do the same first; a job runs it
 * for every holder (holdersWithExpiredLots).
 */
export async function expireLots(
  tx: Tx,
  ctx: Ctx,
  input: { account: string; holderId: string; at?: Date },
): Promise<LedgerEntry[]> {
  const now = ctx.clock.now();
  const at = input.at ?? now;
  if (at.getTime() > now.getTime()) throw new Error('lots are expired up to now, not ahead of time');
  await lockAccount(tx, input.account, input.holderId);
  return expireDue(tx, ctx, input.account, input.holderId, at);
}

/** The accounts whose lots expired by `at` and still have something left (for the expiry job). */
export function holdersWithExpiredLots(
  db: DbOrTx,
  at: Date,
  limit = 500,
): Promise<{ account: string; holderId: string }[]> {
  return queryRows(
    db,
    sql`select distinct l.account, l.holder_id as "holderId"
        from ${ledgerEntries} l
        where l.expires_at <= ${at.toISOString()}::timestamptz and l.amount > 0 and l.reverses_id is null
          and l.amount > coalesce((select sum(c.amount) from ${ledgerLotConsumptions} c where c.lot_id = l.id), 0)
        limit ${limit}`,
  );
}

export interface Spend {
  account: string;
  holderId: string;
  /** How much to take: positive (the entry posts its negative). Zero records nothing. */
  amount: bigint;
  /** Why, e.g. `applied`, `redeemed`, `fine_paid`. */
  kind?: string;
  refType?: string;
  refId?: string;
  idempotencyKey?: string;
  memo?: unknown;
  /** The live balance may not end below this (default 0; a balance is never negative). */
  floor?: bigint;
}

export interface Spent {
  entry: LedgerEntry;
  /** The lots it consumed, earliest expiry first. */
  lots: LotMove[];
}

async function movesOf(db: DbOrTx, entryId: string): Promise<LotMove[]> {
  return db
    .select({ lotId: ledgerLotConsumptions.lotId, amount: ledgerLotConsumptions.amount })
    .from(ledgerLotConsumptions)
    .where(eq(ledgerLotConsumptions.entryId, entryId));
}

/**
 * A guarded spend, in one call: locks the holder's account, writes off lots that have expired,
 * refuses (LedgerError INSUFFICIENT_BALANCE) if the live balance would end below the floor,
 * else posts the negative entry and takes it from the live lots that expire first (FIFO by
 * expiry, never-expiring last, ties by posting order), recording each lot it consumed.
 * A repeated idempotency key returns the first spend without checking again.
 */
export async function spend(tx: Tx, ctx: Ctx, input: Spend): Promise<Spent | null> {
  if (input.amount < 0n) throw new Error('spend() takes a positive amount');
  const floor = input.floor ?? 0n;
  if (floor < 0n) throw new Error('a ledger balance is never negative: the floor is at least 0');
  if (input.amount === 0n) return null;
  const kind = input.kind ?? 'spend';
  if (kind === EXPIRY_KIND) throw new Error('expiry entries are posted by the ledger only');
  await lockAccount(tx, input.account, input.holderId);
  const seen = await seenKey(tx, input.account, input.idempotencyKey);
  if (seen) return { entry: seen, lots: await movesOf(tx, seen.id) };
  const now = ctx.clock.now();
  await expireDue(tx, ctx, input.account, input.holderId, now);
  const live = (await lotsOf(tx, input.account, input.holderId, { open: true })).filter(
    (l) => l.remaining > 0n && liveAt(l, now),
  );
  const balance = live.reduce((n, l) => n + l.remaining, 0n);
  if (balance - input.amount < floor)
    throw new LedgerError('INSUFFICIENT_BALANCE', {
      account: input.account,
      holderId: input.holderId,
      balance,
      amount: input.amount,
      floor,
    });
  const lots = takeFifo(live, input.amount);
  const entry = await insertEntry(
    tx,
    ctx,
    {
      account: input.account,
      holderId: input.holderId,
      amount: -input.amount,
      kind,
      refType: input.refType ?? null,
      refId: input.refId ?? null,
      idempotencyKey: input.idempotencyKey ?? null,
      memo: input.memo ?? null,
    },
    lots,
    `ledger.${input.account}.post`,
  );
  return { entry, lots };
}

/**
 * A correction: a new entry linked to the one it reverses (once only; a repeat returns it).
 * - A spend is given back to the lots it consumed; what goes back to a lot that has expired
 *   since lapses again at once (an expiry entry), so a reversal never revives expired points.
 * - An award (a lot) is taken back less what of it already lapsed: first what the lot has left,
 *   the rest (what was spent from it) from the holder's other live lots, FIFO — refused with
 *   INSUFFICIENT_BALANCE if the live balance would end below the floor.
 * - Reversals and expiries are not reversed (NOT_REVERSIBLE).
 */
export async function reverseEntry(
  tx: Tx,
  ctx: Ctx,
  entryId: string,
  kind = 'reversal',
  opts: { floor?: bigint } = {},
): Promise<LedgerEntry> {
  const [orig] = await tx.select().from(ledgerEntries).where(eq(ledgerEntries.id, entryId));
  if (!orig) throw new Error(`ledger entry ${entryId} not found`);
  const { account, holderId } = orig;
  await lockAccount(tx, account, holderId);
  const [already] = await tx.select().from(ledgerEntries).where(eq(ledgerEntries.reversesId, entryId));
  if (already) return already;
  if (orig.reversesId !== null || orig.kind === EXPIRY_KIND)
    throw new LedgerError('NOT_REVERSIBLE', { account, holderId });
  const floor = opts.floor ?? 0n;
  if (floor < 0n) throw new Error('a ledger balance is never negative: the floor is at least 0');
  const now = ctx.clock.now();
  await expireDue(tx, ctx, account, holderId, now);
  const base = {
    account,
    holderId,
    kind,
    refType: orig.refType,
    refId: orig.refId,
    reversesId: orig.id,
  };
  const action = `ledger.${account}.reverse`;
  if (orig.amount < 0n) {
    const taken = await movesOf(tx, orig.id);
    const back = taken.map((m) => ({ lotId: m.lotId, amount: -m.amount }));
    const row = await insertEntry(tx, ctx, { ...base, amount: -orig.amount }, back, action);
    await expireDue(tx, ctx, account, holderId, now);
    return row;
  }
  // An award: take back what did not lapse.
  const lapsed = await lapsedFrom(tx, orig.id);
  const claw = orig.amount - lapsed;
  const lots = (await lotsOf(tx, account, holderId, { open: true })).filter(
    (l) => l.remaining > 0n && liveAt(l, now),
  );
  const own = lots.find((l) => l.id === orig.id)?.remaining ?? 0n;
  const balance = lots.reduce((n, l) => n + l.remaining, 0n);
  if (balance - claw < floor)
    throw new LedgerError('INSUFFICIENT_BALANCE', { account, holderId, balance, amount: claw, floor });
  const fromOwn = least(own, claw);
  const moves: LotMove[] = [
    { lotId: orig.id, amount: fromOwn },
    ...takeFifo(
      lots.filter((l) => l.id !== orig.id),
      claw - fromOwn,
    ),
  ];
  return insertEntry(tx, ctx, { ...base, amount: -claw }, moves, action);
}

/** What expiry entries took from a lot. */
async function lapsedFrom(tx: Tx, lotId: string): Promise<bigint> {
  const [row] = await tx
    .select({ total: sql<string>`coalesce(sum(${ledgerLotConsumptions.amount}), 0)::text` })
    .from(ledgerLotConsumptions)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerLotConsumptions.entryId))
    .where(and(eq(ledgerLotConsumptions.lotId, lotId), eq(ledgerEntries.kind, EXPIRY_KIND)));
  return BigInt(row?.total ?? '0');
}

/**
 * A holder's balance on an account. Without a date: the sum of its entries (never stored).
 * As of a date: what its lots posted by then had left by then, counting only lots still valid
 * at that instant (expires_at after it) — so it excludes expired lots even before their expiry
 * entries are posted, and a future date says what will still be valid then.
 */
export async function balanceOf(
  db: DbOrTx,
  account: string,
  holderId: string,
  opts: { asOf?: Date } = {},
): Promise<bigint> {
  if (opts.asOf) {
    const d = opts.asOf.toISOString();
    const [row] = await queryRows<{ total: string }>(
      db,
      sql`select coalesce(sum(l.amount - coalesce((
                select sum(c.amount) from ${ledgerLotConsumptions} c
                join ${ledgerEntries} e on e.id = c.entry_id
                where c.lot_id = l.id and e.at <= ${d}::timestamptz), 0)), 0)::text as total
          from ${ledgerEntries} l
          where l.account = ${account} and l.holder_id = ${holderId}
            and l.amount > 0 and l.reverses_id is null and l.at <= ${d}::timestamptz
            and (l.expires_at is null or l.expires_at > ${d}::timestamptz)`,
    );
    return BigInt(row?.total ?? '0');
  }
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${ledgerEntries.amount}), 0)::text` })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.account, account), eq(ledgerEntries.holderId, holderId)));
  return BigInt(row?.total ?? '0');
}

/** Entries of a holder's account, newest first. */
export function entriesOf(db: DbOrTx, account: string, holderId: string, limit = 100) {
  return db
    .select()
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.account, account), eq(ledgerEntries.holderId, holderId)))
    .orderBy(sql`${ledgerEntries.at} desc, ${ledgerEntries.seq} desc`)
    .limit(limit);
}

/** The lot movements of some entries (history, replay). */
export function lotMovesOf(db: DbOrTx, entryIds: string[]) {
  if (entryIds.length === 0) return Promise.resolve([]);
  return db.select().from(ledgerLotConsumptions).where(inArray(ledgerLotConsumptions.entryId, entryIds));
}
