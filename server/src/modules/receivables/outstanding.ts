import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';

/**
 * A customer's receivable figures: open (not yet settled) and overdue as of `today` (company
 * date). AR-4: the open amount is the instalment's amount less its stored confirmed settlements.
 */
export async function customerDebt(
  db: DbOrTx,
  customerId: string,
  today: string,
): Promise<{ outstandingFen: bigint; overdueFen: bigint }> {
  const [row] = await queryRows<{ outstanding: string; overdue: string }>(
    db,
    sql`select coalesce(sum(i.amount_fen - i.settled_fen), 0)::text as outstanding,
          coalesce(sum(i.amount_fen - i.settled_fen) filter (where i.due_date < ${today}::date), 0)::text as overdue
        from instalments i
        where i.customer_id = ${customerId} and i.superseded_at is null and i.settled_fen < i.amount_fen`,
  );
  return { outstandingFen: BigInt(row?.outstanding ?? '0'), overdueFen: BigInt(row?.overdue ?? '0') };
}
