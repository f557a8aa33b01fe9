import { and, eq, inArray, or } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
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

/** Who may own imported customers: the importer, or someone the importer may assign customers to. */
function mayOwn(actor: Actor) {
  return or(and(eq(users.id, actor.id), eq(users.status, 'active')), assigneeCondition(actor))!;
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
