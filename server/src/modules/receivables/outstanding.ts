import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';

/**
 * AR-4: money that counts — Σ settlements of an instalment that are confirmed and not released
 * (confirmed payments, credit notes, write-offs). `instalmentId` is the SQL of the instalment's id.
 */
export function settledFenSql(instalmentId: SQL): SQL {
  return sql`coalesce((select sum(s.amount_fen) from settlements s
    where s.instalment_id = ${instalmentId} and s.confirmed_at is not null and s.released_at is null), 0)`;
}

/** A customer's receivable figures: open (not yet settled) and overdue as of `today` (company date). */
export async function customerDebt(
  db: DbOrTx,
  customerId: string,
  today: string,
): Promise<{ outstandingFen: bigint; overdueFen: bigint }> {
  const [row] = await queryRows<{ outstanding: string; overdue: string }>(
    db,
    sql`select coalesce(sum(o.open), 0)::text as outstanding,
          coalesce(sum(o.open) filter (where o.due_date < ${today}::date), 0)::text as overdue
        from (select i.due_date, i.amount_fen - ${settledFenSql(sql`i.id`)} as open
              from instalments i where i.customer_id = ${customerId} and i.superseded_at is null) o
        where o.open > 0`,
  );
  return { outstandingFen: BigInt(row?.outstanding ?? '0'), overdueFen: BigInt(row?.overdue ?? '0') };
}
