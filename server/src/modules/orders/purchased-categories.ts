import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import type { PurchasedCategory } from '../customers/index.js';

/**
 * CUS-6: the product categories a customer has bought — the categories of the products on its
 * orders, with the quantity ordered, most ordered first. Lines without a catalogue product are
 * left out (they have no category).
 */
export async function purchasedCategories(db: DbOrTx, customerId: string): Promise<PurchasedCategory[]> {
  const rows = await queryRows<{ name: string; quantity: string }>(
    db,
    sql`select pc.name, sum(l.quantity)::text as quantity
        from orders o
        join order_lines l on l.order_id = o.id
        join products p on p.id = l.product_id
        join product_categories pc on pc.id = p.category_id
        where o.customer_id = ${customerId}
        group by pc.name, pc.sort
        order by sum(l.quantity) desc, pc.sort, pc.name`,
  );
  return rows.map((r) => ({ name: r.name, quantity: Number(r.quantity) }));
}
