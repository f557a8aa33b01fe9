import { type SQL, sql } from 'drizzle-orm';
import { containsPattern } from '../src/db/like.js';
import { normalisePhone } from '../src/modules/customers/name-key.js';
import { customers } from '../src/modules/customers/tables.js';

/**
 * CUS-1: the customer search as it was before the bigram index (ADR 19) — the same arms with no
 * prefilter. Not used by the product: the search test and `bench/search.ts` compare with it.
 */
export function searchBeforeBigrams(text: string): SQL {
  const pattern = containsPattern(text);
  const parts: SQL[] = [sql`${customers.name} ilike ${pattern}`];
  const letters = text.toLowerCase().replace(/[\s'’]/g, '');
  if (/^[a-z0-9]+$/.test(letters) && /[a-z]/.test(letters)) {
    parts.push(sql`${customers.namePinyin} like ${containsPattern(letters)}`);
  }
  const digits = normalisePhone(text);
  const phoneLike = /^\+?\d{3,20}$/.test(digits) ? containsPattern(digits) : null;
  if (phoneLike) parts.push(sql`${customers.phone} like ${phoneLike}`);
  parts.push(sql`${customers.id} = any(array(
    select sc.customer_id from customer_contacts sc
    where sc.deleted_at is null and (sc.name ilike ${pattern}${
      phoneLike ? sql` or array_to_string(sc.phones, ' ') like ${phoneLike}` : sql``
    })))`);
  return sql`(${sql.join(parts, sql` or `)})`;
}
