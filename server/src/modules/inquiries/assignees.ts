import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import { holdersOfSql } from '../../platform/access/holders.js';
import { units, users } from '../../platform/org/tables.js';

/**
 * CUS-2: who an entry of the register can go to — active people who work customers
 * (customer:write), company-wide. The receptionist routes entries but may not list users,
 * so the register's pickers search here (name, username or unit).
 */
export async function listInquiryAssignees(db: DbOrTx, q: string | undefined) {
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      unitId: units.id,
      unitName: units.name,
    })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(
      and(
        eq(users.status, 'active'),
        sql`${users.id} in ${holdersOfSql('customer:write')}`,
        q
          ? or(
              ilike(users.displayName, containsPattern(q)),
              ilike(users.username, containsPattern(q)),
              ilike(units.name, containsPattern(q)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(units.name), asc(users.displayName))
    .limit(30);
  return {
    items: rows.map((r) => ({
      user: { id: r.id, username: r.username, displayName: r.displayName },
      unit: { id: r.unitId, name: r.unitName },
    })),
  };
}
