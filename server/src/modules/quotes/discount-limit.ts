import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { readPolicy } from '../../platform/policies/read.js';
import { quoteDiscountLimitPct } from './policies.js';

/**
 * Q2C-2: the discount (%) a person may give on their own — the largest the policy grants any
 * of their roles (a role the policy does not name grants 0), for their unit (regional
 * override, ORG-7) at `at`.
 */
export async function discountLimitPctOf(
  db: DbOrTx,
  userId: string,
  unitId: string,
  at: Date,
): Promise<number> {
  const byRole = await readPolicy(db, quoteDiscountLimitPct, at, unitId);
  const rows = await queryRows<{ code: string }>(
    db,
    sql`select r.code from user_roles ur join roles r on r.id = ur.role_id where ur.user_id = ${userId}`,
  );
  return rows.reduce((max, r) => Math.max(max, byRole[r.code] ?? 0), 0);
}
