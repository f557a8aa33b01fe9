import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';

/** An order as another module's summary lists it. */
export interface DayOrder {
  id: string;
  number: string;
  customer: string;
  owner: string;
  status: string;
}

/**
 * OPS-3: the orders of some units made in a span of time (a company-calendar day), oldest first —
 * a read for the end-of-day summary; the caller decides which units are in scope.
 */
export async function ordersMadeBetween(
  db: DbOrTx,
  unitIds: string[],
  from: Date,
  to: Date,
): Promise<DayOrder[]> {
  if (unitIds.length === 0) return [];
  return queryRows<DayOrder>(
    db,
    sql`select o.id, o.number, c.name as customer, u.display_name as owner, o.status
      from orders o
      join customers c on c.id = o.customer_id
      join users u on u.id = o.owner_id
      where o.unit_id in (${sql.join(
        unitIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
        and o.created_at >= ${from.toISOString()}::timestamptz and o.created_at < ${to.toISOString()}::timestamptz
      order by o.created_at, o.number`,
  );
}
