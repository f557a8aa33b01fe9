import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { metricSource } from '../indicators/index.js';
import type { CategoryRate } from './tables.js';

/** One confirmed record of a person's basis in order: a payment (collected) or a contract (signed). */
export interface BasisRow {
  refType: 'payment' | 'contract' | 'credit_note' | 'write_off';
  refId: string;
  number: string;
  on: string;
  amountFen: bigint;
  /** A reversal, credit note or write-off of a record from before the range: clawed back, not netted. */
  originalId: string | null;
  originalNumber: string | null;
  originalBefore: boolean;
  /** A product category's rate for this contract (signed basis). */
  rateBp: number | null;
}

interface Range {
  userId: string;
  from: string;
  to: string;
  tz: string;
}

/**
 * INC-1/AR-4: the confirmed payments credited to the person over [from, to], in order (day, then
 * number) — the collected_amount indicator's own records (metricSource). A reversal (negative)
 * of a payment received before `from` is marked for a clawback.
 */
async function collectedRows(db: DbOrTx, r: Range): Promise<BasisRow[]> {
  const rows = await queryRows<{
    id: string;
    number: string;
    day: string;
    value: string;
    orig_id: string | null;
    orig_number: string | null;
    orig_before: boolean | null;
  }>(
    db,
    sql`select f.record_id::text as id, p.number, to_char(f.day, 'YYYY-MM-DD') as day, f.value::text as value,
          o.id::text as orig_id, o.number as orig_number, (o.received_on < ${r.from}::date) as orig_before
        from (${metricSource('collected_amount', { from: r.from, to: r.to, tz: r.tz })}) f
        join payments p on p.id = f.record_id
        left join payments o on o.id = p.reversal_of_id
        where f.owner_id = ${r.userId}::uuid
        order by f.day, p.number, p.id`,
  );
  return rows.map((x) => ({
    refType: 'payment',
    refId: x.id,
    number: x.number,
    on: x.day,
    amountFen: BigInt(x.value),
    originalId: x.orig_id,
    originalNumber: x.orig_number,
    originalBefore: x.orig_before === true,
    rateBp: null,
  }));
}

/**
 * INC-1: a contract's product category rate — when every line of the orders under it (or under
 * its main contract, for a supplement) is a product of one category that has a rate. A contract
 * mixing categories, or without order lines, goes through the tiers.
 */
async function categoryRateOf(
  db: DbOrTx,
  ids: string[],
  rates: CategoryRate[],
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (rates.length === 0 || ids.length === 0) return out;
  const rows = await queryRows<{ id: string; cats: string[]; unpriced: boolean }>(
    db,
    sql`select k.id::text as id, array_agg(distinct pr.category_id::text) as cats,
          bool_or(pr.category_id is null) as unpriced
        from contracts k
        join orders o on o.contract_id = coalesce(k.main_contract_id, k.id)
        join order_lines ol on ol.order_id = o.id
        left join products pr on pr.id = ol.product_id
        where k.id::text in (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})
        group by k.id`,
  );
  const byCat = new Map(rates.map((c) => [c.categoryId, c.rateBp]));
  for (const r of rows) {
    if (r.unpriced || r.cats.length !== 1) continue;
    const rate = byCat.get(r.cats[0]!);
    if (rate !== undefined) out.set(r.id, rate);
  }
  return out;
}

/**
 * INC-1: the signed contracts credited to the person over [from, to] (the signed_amount
 * indicator's records), and the money taken back from their contracts in the range: credit notes
 * (returns, Q2C-11) issued and bad-debt write-offs (AR-8) approved — against a contract signed
 * before `from` marked for a clawback, else netted.
 */
async function signedRows(db: DbOrTx, r: Range, rates: CategoryRate[]): Promise<BasisRow[]> {
  const rows = await queryRows<{
    ref_type: 'contract' | 'credit_note' | 'write_off';
    id: string;
    number: string;
    day: string;
    value: string;
    orig_id: string | null;
    orig_number: string | null;
    orig_before: boolean | null;
  }>(
    db,
    sql`select * from (
          select 'contract' as ref_type, f.record_id::text as id, k.number, to_char(f.day, 'YYYY-MM-DD') as day,
            f.value::text as value, null::text as orig_id, null::text as orig_number, null::boolean as orig_before
          from (${metricSource('signed_amount', { from: r.from, to: r.to, tz: r.tz })}) f
          join contracts k on k.id = f.record_id
          where f.owner_id = ${r.userId}::uuid
          union all
          select 'credit_note', cn.id::text, k.number, to_char(cn.issued_at at time zone ${r.tz}, 'YYYY-MM-DD'),
            (-cn.amount_fen)::text, k.id::text, k.number, (k.signed_on < ${r.from}::date)
          from credit_notes cn join contracts k on k.id = cn.contract_id
          where k.owner_id = ${r.userId}::uuid and k.status = 'signed'
            and (cn.issued_at at time zone ${r.tz})::date between ${r.from}::date and ${r.to}::date
          union all
          select 'write_off', w.id::text, k.number, to_char(w.updated_at at time zone ${r.tz}, 'YYYY-MM-DD'),
            (-w.amount_fen)::text, k.id::text, k.number, (k.signed_on < ${r.from}::date)
          from write_offs w join contracts k on k.id = w.contract_id
          where k.owner_id = ${r.userId}::uuid and w.status = 'approved'
            and (w.updated_at at time zone ${r.tz})::date between ${r.from}::date and ${r.to}::date
        ) x order by x.day, x.number, x.id`,
  );
  const contractIds = rows.filter((x) => x.ref_type === 'contract').map((x) => x.id);
  const catRates = await categoryRateOf(db, contractIds, rates);
  return rows.map((x) => ({
    refType: x.ref_type,
    refId: x.id,
    number: x.number,
    on: x.day,
    amountFen: BigInt(x.value),
    originalId: x.orig_id,
    originalNumber: x.orig_number,
    originalBefore: x.orig_before === true,
    rateBp: x.ref_type === 'contract' ? (catRates.get(x.id) ?? null) : null,
  }));
}

/** INC-1: the basis records of a person over [from, to] under the basis in force. */
export function basisRows(
  db: DbOrTx,
  basis: 'signed' | 'collected',
  r: Range,
  categoryRates: CategoryRate[],
): Promise<BasisRow[]> {
  return basis === 'signed' ? signedRows(db, r, categoryRates) : collectedRows(db, r);
}
