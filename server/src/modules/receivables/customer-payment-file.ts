import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import type { CustomerPaymentFile } from '../customers/index.js';

/** How many open instalments the customer file lists. */
const DUE_DATES_SHOWN = 12;
/** How many signed contracts the customer file lists. */
const CONTRACTS_SHOWN = 20;

/**
 * CUS-6: the payment side of the rep's customer file — signed contracts, how the customer has
 * paid (confirmed payments by method), the first instalment of each contract (定金) and the open
 * due dates (货款缴纳日期), from the instalments and payments as they stand.
 */
export async function customerPaymentFile(db: DbOrTx, customerId: string): Promise<CustomerPaymentFile> {
  const contracts = await queryRows<{
    id: string;
    number: string;
    title: string;
    signed_on: string | null;
    amount_fen: string;
  }>(
    db,
    sql`select c.id, c.number, c.title, c.signed_on::text as signed_on, c.amount_fen::text as amount_fen
        from contracts c
        where c.customer_id = ${customerId} and c.status = 'signed' and c.kind <> 'supplement'
        order by c.signed_on desc nulls last, c.number desc
        limit ${CONTRACTS_SHOWN}`,
  );
  const methods = await queryRows<{ method: string; n: number; total: string }>(
    db,
    sql`select p.method, count(*)::int as n, sum(p.amount_fen)::text as total
        from payments p
        where p.customer_id = ${customerId} and p.status = 'confirmed' and p.kind = 'receipt'
        group by p.method
        order by count(*) desc, p.method`,
  );
  const deposits = await queryRows<{
    number: string;
    due_date: string;
    amount_fen: string;
    settled_fen: string;
  }>(
    db,
    sql`select c.number, i.due_date::text as due_date, i.amount_fen::text as amount_fen, i.settled_fen::text as settled_fen
        from instalments i join contracts c on c.id = i.contract_id
        where i.customer_id = ${customerId} and i.superseded_at is null and i.seq = 1
          and c.kind <> 'supplement'
        order by i.due_date desc, c.number
        limit ${CONTRACTS_SHOWN}`,
  );
  const due = await queryRows<{
    number: string;
    seq: number;
    due_date: string;
    amount_fen: string;
    open_fen: string;
  }>(
    db,
    sql`select c.number, i.seq, i.due_date::text as due_date, i.amount_fen::text as amount_fen,
          (i.amount_fen - i.settled_fen)::text as open_fen
        from instalments i join contracts c on c.id = i.contract_id
        where i.customer_id = ${customerId} and i.superseded_at is null and i.settled_fen < i.amount_fen
        order by i.due_date, c.number, i.seq
        limit ${DUE_DATES_SHOWN}`,
  );
  return {
    contracts: contracts.map((c) => ({
      id: c.id,
      number: c.number,
      title: c.title,
      signedOn: c.signed_on,
      amountFen: BigInt(c.amount_fen),
    })),
    paymentMethods: methods.map((m) => ({ method: m.method, count: Number(m.n), totalFen: BigInt(m.total) })),
    deposits: deposits.map((d) => ({
      contractNumber: d.number,
      dueDate: d.due_date,
      amountFen: BigInt(d.amount_fen),
      settledFen: BigInt(d.settled_fen),
    })),
    dueDates: due.map((d) => ({
      contractNumber: d.number,
      seq: Number(d.seq),
      dueDate: d.due_date,
      amountFen: BigInt(d.amount_fen),
      openFen: BigInt(d.open_fen),
    })),
  };
}
