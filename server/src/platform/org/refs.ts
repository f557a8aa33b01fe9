import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { TUserRef } from '../schemas.js';
import { users } from './tables.js';

/** The people behind a set of ids, in one query (no N+1). */
export async function userRefs(db: DbOrTx, ids: (string | null)[]): Promise<Map<string, TUserRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, username: users.username, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

/** A person from left-joined columns: null when the join found nobody. */
export function joinedUserRef(
  id: string | null,
  username: string | null,
  displayName: string | null,
): TUserRef | null {
  return id && username !== null && displayName !== null ? { id, username, displayName } : null;
}
