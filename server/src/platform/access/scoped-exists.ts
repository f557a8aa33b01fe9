import { and, eq, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { isUuid } from '../schemas.js';

/**
 * Whether the record `id` of `table` lies within `scope` — the actor's scope for a permission
 * (scopeCondition or a module's scope built on it), with any further condition the caller adds.
 * An id that is not a uuid exists nowhere.
 */
export async function scopedExists(
  db: DbOrTx,
  table: PgTable & { id: AnyPgColumn },
  id: string,
  scope: SQL | undefined,
): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db
    .select({ id: table.id })
    .from(table as PgTable)
    .where(and(eq(table.id, id), scope))
    .limit(1);
  return rows.length > 0;
}
