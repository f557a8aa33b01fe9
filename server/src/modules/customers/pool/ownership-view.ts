import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { appError } from '../../../platform/errors.js';
import { joinedUserRef } from '../../../platform/org/refs.js';
import { units, users } from '../../../platform/org/tables.js';
import { isoOrNull } from '../../../platform/schemas.js';
import { customers } from '../tables.js';
import type { TCustomerOwnership } from './schemas.js';

/** A customer's owner, unit and pool dates as the ownership routes answer them. */
export async function customerOwnership(db: DbOrTx, id: string): Promise<TCustomerOwnership> {
  const [row] = await db
    .select({
      id: customers.id,
      name: customers.name,
      ownerId: users.id,
      ownerUsername: users.username,
      ownerName: users.displayName,
      unitId: units.id,
      unitName: units.name,
      ownedSince: customers.ownedSince,
      pooledAt: customers.pooledAt,
    })
    .from(customers)
    .innerJoin(units, eq(units.id, customers.unitId))
    .leftJoin(users, eq(users.id, customers.ownerId))
    .where(eq(customers.id, id));
  if (!row) throw appError('NOT_FOUND');
  return {
    id: row.id,
    name: row.name,
    owner: joinedUserRef(row.ownerId, row.ownerUsername, row.ownerName),
    unit: { id: row.unitId, name: row.unitName },
    ownedSince: isoOrNull(row.ownedSince),
    pooledAt: isoOrNull(row.pooledAt),
  };
}
