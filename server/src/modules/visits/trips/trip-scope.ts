import { and, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { scopeCondition } from '../../../platform/access/scopes.js';
import type { Actor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { isUuid } from '../../../platform/schemas.js';
import { visitTrips } from '../tables.js';

export const TRIP_ENTITY = 'visit_trip';
export type TripRow = typeof visitTrips.$inferSelect;

/** OPS-1/ORG-5: trips are read like visits — a rep their own, a supervisor their people's (visit:read). */
export function tripReadScope(actor: Actor): SQL {
  return scopeCondition(actor, 'visit:read', { owner: visitTrips.repId, unit: visitTrips.unitId });
}

/**
 * The trip for a change by the person on it: outside the read scope 404; someone else's trip
 * in scope TRIP_NOT_OWN; locked for the rest of the transaction.
 */
export async function ownTripForUpdate(tx: DbOrTx, actor: Actor, id: string): Promise<TripRow> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await tx
    .select()
    .from(visitTrips)
    .where(and(eq(visitTrips.id, id), tripReadScope(actor)))
    .for('update');
  if (!row) throw appError('NOT_FOUND');
  if (row.repId !== actor.id) throw appError('TRIP_NOT_OWN');
  if (row.status === 'returned' || row.status === 'cancelled') throw appError('TRIP_NOT_ACTIVE');
  return row;
}
