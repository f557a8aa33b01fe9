import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { holdersOfSql } from '../../../platform/access/holders.js';
import { scopeCondition } from '../../../platform/access/scopes.js';
import type { Actor } from '../../../platform/context.js';
import { users } from '../../../platform/org/tables.js';
import { assigneeCondition } from '../pool/assignees.js';

export interface ImportOwner {
  id: string;
  username: string;
  displayName: string;
  unitId: string;
}

const ownerColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  unitId: users.unitId,
};

/**
 * Who may own imported customers: the importer; someone the importer may assign customers to;
 * and, for an importer who keeps records for others (a sales assistant: ORG-6), the
 * salespeople whose customers the importer sees (customer:read's scope).
 */
function mayOwn(actor: Actor) {
  return or(
    and(eq(users.id, actor.id), eq(users.status, 'active')),
    assigneeCondition(actor),
    and(
      eq(users.status, 'active'),
      scopeCondition(actor, 'customer:read', { owner: users.id, unit: users.unitId }),
      sql`${users.id} in ${holdersOfSql('customer:write')}`,
    ),
  )!;
}

/** The people among `usernames` the importer may give customers to (by lower-case username). */
export async function assignableByUsername(
  db: DbOrTx,
  actor: Actor,
  usernames: string[],
): Promise<Map<string, ImportOwner>> {
  if (usernames.length === 0) return new Map();
  const rows = await db
    .select(ownerColumns)
    .from(users)
    .where(and(inArray(users.username, usernames), mayOwn(actor)));
  return new Map(rows.map((r) => [r.username, r]));
}

/** One person by id if the importer may give customers to them, else null. */
export async function assignableById(db: DbOrTx, actor: Actor, id: string): Promise<ImportOwner | null> {
  const [row] = await db
    .select(ownerColumns)
    .from(users)
    .where(and(eq(users.id, id), mayOwn(actor)));
  return row ?? null;
}
