import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type DbOrTx, queryRows } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { checkOffset, countCapFor, keyset, type ListSort } from '../../platform/lists/list-page.js';
import {
  bucketOf,
  computedFilters,
  type ReportDay,
  receivablesCte,
  reportDay,
  statusSql,
} from './receivable-sql.js';
import type { TReceivable, ZReceivableListQuery } from './schemas.js';

type ListQuery = z.output<typeof ZReceivableListQuery>;

/** The list's order: the key in the direction asked, then the due date and the id ascending. */
const receivableSort: ListSort<ListQuery['sort']> = {
  keys: {
    dueDate: sql`r.due_date`,
    openFen: [sql`r.open_fen`, { asc: sql`r.due_date` }],
    daysOverdue: [sql`r.age`, { asc: sql`r.due_date` }],
  },
  default: 'dueDate',
  tieBreaker: sql`r.id`,
  tieBreakerOrder: 'asc',
};

interface Row {
  id: string;
  seq: number;
  contract_id: string;
  contract_number: string;
  contract_title: string;
  legal_status: TReceivable['contract']['legalStatus'];
  customer_id: string;
  customer_name: string;
  owner_id: string;
  owner_username: string;
  owner_name: string;
  unit_id: string;
  unit_name: string;
  due_date: string;
  amount_fen: string;
  collected_fen: string;
  open_fen: string;
  age: number;
  status: TReceivable['status'];
  total: string;
  cursor: string;
}

/**
 * One page of receivables (rows with the count up to the cap, a search's up to 1,000), for the
 * list and the export; by page number up to the cap, then by cursor. Not on listPage: the rows
 * are a computed set (a CTE of instalments with what settles them), sorted by its computed
 * columns and counted in the page's own query.
 */
export async function queryReceivables(
  db: DbOrTx,
  actor: Actor,
  day: ReportDay,
  q: ListQuery,
  cap = countCapFor(q, true),
): Promise<{ items: TReceivable[]; total: number; totalCapped: boolean; nextCursor: string | null }> {
  const where = computedFilters(day, q);
  const filtered = where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``;
  const paging = keyset(receivableSort, q);
  checkOffset(q, cap);
  const onPage = paging.after ? [...where, paging.after] : where;
  const bounded = sql`(select count(*) from (select 1 from r ${filtered} limit ${cap + 1}) as bounded)`;
  const rows = await queryRows<Row>(
    db,
    sql`with ${receivablesCte(actor, day, q)}
      select r.id, r.seq, r.contract_id, k.number as contract_number, k.title as contract_title,
        k.legal_status, r.customer_id, c.name as customer_name,
        r.owner_id, u.username as owner_username, u.display_name as owner_name,
        r.unit_id, un.name as unit_name, to_char(r.due_date, 'YYYY-MM-DD') as due_date,
        r.amount_fen::text as amount_fen, r.collected_fen::text as collected_fen,
        r.open_fen::text as open_fen, r.age, ${statusSql(day)} as status,
        ${paging.cursorColumn} as cursor, ${bounded} as total
      from r
      join contracts k on k.id = r.contract_id
      join customers c on c.id = r.customer_id
      join users u on u.id = r.owner_id
      join units un on un.id = r.unit_id
      ${onPage.length ? sql`where ${sql.join(onPage, sql` and `)}` : sql``}
      order by ${sql.join(paging.order, sql`, `)}
      limit ${q.pageSize + 1} offset ${paging.after ? 0 : (q.page - 1) * q.pageSize}`,
  );
  // One row more than the page says whether another page follows.
  const more = rows.length > q.pageSize;
  if (more) rows.length = q.pageSize;
  const nextCursor = more ? paging.cursorOf(rows.at(-1)!.cursor) : null;
  const items = rows.map((r): TReceivable => {
    const age = Number(r.age);
    const daysOverdue = r.status === 'overdue' ? age : 0;
    return {
      id: r.id,
      seq: Number(r.seq),
      contract: {
        id: r.contract_id,
        number: r.contract_number,
        title: r.contract_title,
        legalStatus: r.legal_status,
      },
      customer: { id: r.customer_id, name: r.customer_name },
      owner: { id: r.owner_id, username: r.owner_username, displayName: r.owner_name },
      unit: { id: r.unit_id, name: r.unit_name },
      dueDate: r.due_date,
      amountFen: r.amount_fen,
      collectedFen: r.collected_fen,
      openFen: r.open_fen,
      status: r.status,
      daysOverdue,
      bucket: r.status === 'overdue' ? bucketOf(day.buckets, daysOverdue) : null,
    };
  });
  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && (q.page > 1 || q.cursor)) {
    // Past the last page: count without paging, so the client can step back.
    const [c] = await queryRows<{ n: string }>(
      db,
      sql`with ${receivablesCte(actor, day, q)} select ${bounded} as n`,
    );
    total = Number(c?.n ?? 0);
  }
  return { items, total: Math.min(total, cap), totalCapped: total > cap, nextCursor };
}

/**
 * AR-5: the instalments in force in the actor's receivable scope with what is collected (confirmed
 * money only, AR-4), what is open, the status today (company calendar) and the aging bucket;
 * filtered, sorted and paged by the server.
 */
export async function listReceivables(db: DbOrTx, actor: Actor, q: ListQuery, at: Date) {
  const day = await reportDay(db, at);
  const page = await queryReceivables(db, actor, day, q);
  return { ...page, page: q.page, pageSize: q.pageSize, today: day.today };
}
