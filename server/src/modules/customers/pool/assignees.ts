import { and, asc, count, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { containsPattern } from '../../../db/like.js';
import { holdersOfSql } from '../../../platform/access/holders.js';
import { scopeCondition } from '../../../platform/access/scopes.js';
import type { Actor } from '../../../platform/context.js';
import { units, users } from '../../../platform/org/tables.js';
import { customers } from '../tables.js';
import type { TAssigneeList } from './schemas.js';

/**
 * Whom an actor may give customers to: active people within the actor's customer:assign scope
 * (a supervisor their reps, a manager their units, the director everyone) who work customers.
 */
export function assigneeCondition(actor: Actor): SQL {
  return and(
    eq(users.status, 'active'),
    scopeCondition(actor, 'customer:assign', { owner: users.id, unit: users.unitId }),
    sql`${users.id} in ${holdersOfSql('customer:write')}`,
  )!;
}

const LIMIT = 50;

/** The people the actor may assign customers to, with how many customers each owns now. */
export async function listAssignees(db: DbOrTx, actor: Actor, q: string | undefined): Promise<TAssigneeList> {
  const like = q ? containsPattern(q) : null;
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      unitId: units.id,
      unitName: units.name,
      owned: sql<number>`(select ${count()} from ${customers} where ${customers.ownerId} = ${users.id})`,
    })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(
      and(
        assigneeCondition(actor),
        like ? or(ilike(users.username, like), ilike(users.displayName, like)) : undefined,
      ),
    )
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(LIMIT);
  return {
    items: rows.map((r) => ({
      id: r.id,
      username: r.username,
      displayName: r.displayName,
      unit: { id: r.unitId, name: r.unitName },
      owned: Number(r.owned),
    })),
  };
}
