import { asc, ilike, like, or } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { customers } from '../customers/index.js';
import { escapeLike } from './queries.js';

/**
 * CUS-5: the ticket form's customer picker finds any customer by name (or its pinyin), in or out
 * of the actor's customer scope, and reveals only its id and name — nothing of the customer
 * file (customer reads stay in customer:read's scope). At most 20, by name.
 */
export async function lookupCustomers(ctx: Ctx, q: string) {
  const pattern = `%${escapeLike(q)}%`;
  const items = await ctx.db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(or(ilike(customers.name, pattern), like(customers.namePinyin, pattern.toLowerCase())))
    .orderBy(asc(customers.name), asc(customers.id))
    .limit(20);
  return { items };
}
