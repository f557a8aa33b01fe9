import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { audit } from '../audit/audit.js';
import type { Ctx } from '../context.js';
import { ledgerEntries } from './tables.js';

export type LedgerEntry = typeof ledgerEntries.$inferSelect;

export interface PostEntry {
  account: string;
  holderId: string;
  /** Signed amount; zero entries are not written. */
  amount: bigint;
  kind: string;
  refType?: string;
  refId?: string;
  /** The same key on the same account posts once: a repeat returns the first entry. */
  idempotencyKey?: string;
  memo?: unknown;
}

/**
 * The ledger engine's one write: an append-only entry, audited in the caller's transaction.
 * Returns null for a zero amount (nothing to record).
 */
export async function postEntry(tx: Tx, ctx: Ctx, input: PostEntry): Promise<LedgerEntry | null> {
  if (input.amount === 0n) return null;
  if (input.idempotencyKey) {
    const [seen] = await tx
      .select()
      .from(ledgerEntries)
      .where(
        and(eq(ledgerEntries.account, input.account), eq(ledgerEntries.idempotencyKey, input.idempotencyKey)),
      );
    if (seen) return seen;
  }
  const [row] = await tx
    .insert(ledgerEntries)
    .values({
      account: input.account,
      holderId: input.holderId,
      amount: input.amount,
      kind: input.kind,
      refType: input.refType ?? null,
      refId: input.refId ?? null,
      idempotencyKey: input.idempotencyKey ?? null,
      memo: input.memo ?? null,
      at: ctx.clock.now(),
      actorId: ctx.actor?.id ?? null,
    })
    .returning();
  if (!row) throw new Error('ledger insert failed');
  await audit(tx, ctx, {
    entity: 'ledger_entry',
    entityId: row.id,
    action: `ledger.${input.account}.post`,
    after: row,
  });
  return row;
}

/** A correction: a new entry with the opposite amount, linked to the one it reverses (once only). */
export async function reverseEntry(
  tx: Tx,
  ctx: Ctx,
  entryId: string,
  kind = 'reversal',
): Promise<LedgerEntry> {
  const [orig] = await tx.select().from(ledgerEntries).where(eq(ledgerEntries.id, entryId));
  if (!orig) throw new Error(`ledger entry ${entryId} not found`);
  const [already] = await tx.select().from(ledgerEntries).where(eq(ledgerEntries.reversesId, entryId));
  if (already) return already;
  const [row] = await tx
    .insert(ledgerEntries)
    .values({
      account: orig.account,
      holderId: orig.holderId,
      amount: -orig.amount,
      kind,
      refType: orig.refType,
      refId: orig.refId,
      reversesId: orig.id,
      at: ctx.clock.now(),
      actorId: ctx.actor?.id ?? null,
    })
    .returning();
  if (!row) throw new Error('ledger insert failed');
  await audit(tx, ctx, {
    entity: 'ledger_entry',
    entityId: row.id,
    action: `ledger.${orig.account}.reverse`,
    after: row,
  });
  return row;
}

/** A holder's balance on an account: the sum of its entries (never stored). */
export async function balanceOf(db: DbOrTx, account: string, holderId: string): Promise<bigint> {
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
    .orderBy(sql`${ledgerEntries.at} desc, ${ledgerEntries.id}`)
    .limit(limit);
}
