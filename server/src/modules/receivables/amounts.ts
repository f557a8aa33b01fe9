import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows, type Tx } from '../../db/client.js';

/**
 * AR-4: the stored amounts of an instalment are the sums of its unreleased settlements —
 * settled: confirmed (payments, credit notes, write-offs; what counts), collected: the confirmed
 * ones of payments, reserved: pending (payments awaiting finance). One SQL fragment for the
 * refresh and the verifier, over settlements `s` already restricted to `released_at is null`.
 */
const sums = sql`coalesce(sum(s.amount_fen) filter (where s.confirmed_at is not null), 0) as settled,
  coalesce(sum(s.amount_fen) filter (where s.confirmed_at is not null and s.source_type = 'payment'), 0) as collected,
  coalesce(sum(s.amount_fen) filter (where s.confirmed_at is null), 0) as reserved`;

/**
 * AR-4: recomputes the stored amounts of these instalments from their settlements. Called in
 * the transaction of every write to settlements (allocation, confirmation, rejection,
 * reversal — credit notes, write-offs and customer credit allocate through `settle()`), after
 * the write, so readers (aging, lists, dunning, debts) never sum settlements themselves.
 *
 * The rows are locked first (in the order `lockOpenInstalments` locks them), and the sums are
 * read by the next statement: on PostgreSQL (read committed) it sees every settlement committed
 * by a concurrent writer that held the lock before, so two confirmations touching the same
 * instalment never overwrite each other's sum.
 */
export async function refreshInstalmentAmounts(tx: Tx, instalmentIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(instalmentIds)];
  if (ids.length === 0) return;
  const list = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  await tx.execute(
    sql`select id from instalments where id in (${list}) order by due_date, seq, id for update`,
  );
  await tx.execute(
    sql`update instalments i
        set settled_fen = a.settled, collected_fen = a.collected, reserved_fen = a.reserved
        from (select x.id, ${sums}
              from instalments x left join settlements s on s.instalment_id = x.id and s.released_at is null
              where x.id in (${list})
              group by x.id) a
        where i.id = a.id`,
  );
}

/**
 * The stored amounts of every instalment at once, set-based (one aggregate of the settlements):
 * for data written in bulk around the use cases (the receivables benchmark's generator). The
 * migration that added the columns filled them with the same statement.
 */
export async function refreshAllInstalmentAmounts(db: DbOrTx): Promise<void> {
  await db.execute(
    sql`update instalments i
        set settled_fen = a.settled, collected_fen = a.collected, reserved_fen = a.reserved
        from (select s.instalment_id, ${sums} from settlements s where s.released_at is null
              group by s.instalment_id) a
        where i.id = a.instalment_id
          and (i.settled_fen, i.collected_fen, i.reserved_fen) is distinct from (a.settled, a.collected, a.reserved)`,
  );
}

export interface AmountsMismatch {
  instalmentId: string;
  stored: { settledFen: string; collectedFen: string; reservedFen: string };
  computed: { settledFen: string; collectedFen: string; reservedFen: string };
}

export interface AmountsReport {
  ok: boolean;
  /** Instalments compared. */
  checked: number;
  /** How many differ; the first 100 of them in `mismatches`. */
  mismatchCount: number;
  mismatches: AmountsMismatch[];
}

/**
 * AR-4/AR-5/AR-9: the reconciliation check — every instalment's stored amounts against the sums
 * of its settlements (one pass over both tables), like the audit chain verifier. `ok` when all
 * agree; the first 100 that differ are named.
 */
export async function verifyInstalmentAmounts(db: DbOrTx): Promise<AmountsReport> {
  const rows = await queryRows<{
    id: string | null;
    s_settled: string | null;
    s_collected: string | null;
    s_reserved: string | null;
    settled: string | null;
    collected: string | null;
    reserved: string | null;
    checked: string;
    bad: string;
  }>(
    db,
    sql`with computed as (
          select s.instalment_id, ${sums} from settlements s where s.released_at is null
          group by s.instalment_id
        ),
        compared as (
          select i.id, i.settled_fen as s_settled, i.collected_fen as s_collected, i.reserved_fen as s_reserved,
            coalesce(c.settled, 0) as settled, coalesce(c.collected, 0) as collected,
            coalesce(c.reserved, 0) as reserved
          from instalments i left join computed c on c.instalment_id = i.id
        ),
        bad as (
          select * from compared
          where s_settled <> settled or s_collected <> collected or s_reserved <> reserved
        ),
        counts as (select (select count(*) from instalments) as checked, (select count(*) from bad) as bad)
        select b.id::text as id, b.s_settled::text as s_settled, b.s_collected::text as s_collected,
          b.s_reserved::text as s_reserved, b.settled::text as settled, b.collected::text as collected,
          b.reserved::text as reserved, n.checked::text as checked, n.bad::text as bad
        from counts n left join lateral (select * from bad order by id limit 100) b on true`,
  );
  const checked = Number(rows[0]?.checked ?? 0);
  const mismatchCount = Number(rows[0]?.bad ?? 0);
  const mismatches = rows
    .filter((r) => r.id !== null)
    .map((r) => ({
      instalmentId: r.id!,
      stored: { settledFen: r.s_settled!, collectedFen: r.s_collected!, reservedFen: r.s_reserved! },
      computed: { settledFen: r.settled!, collectedFen: r.collected!, reservedFen: r.reserved! },
    }));
  return { ok: mismatchCount === 0, checked, mismatchCount, mismatches };
}
