import { and, desc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx, Tx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { joinedUserRef } from '../../platform/org/refs.js';
import { units, userPlacements, users } from '../../platform/org/tables.js';
import { iso, isoOrNull } from '../../platform/schemas.js';
import { getUserInScope } from './queries.js';
import type { TPlacement } from './schemas.js';

/** ORG-1: closes the current placement and opens a new one; history is never rewritten. */
export async function recordPlacement(
  tx: Tx,
  input: {
    userId: string;
    unitId: string;
    superiorId: string | null;
    position: string;
    reason: string | null;
    at: Date;
    by: string | null;
  },
): Promise<void> {
  await tx
    .update(userPlacements)
    .set({ validTo: input.at })
    .where(and(eq(userPlacements.userId, input.userId), isNull(userPlacements.validTo)));
  await tx.insert(userPlacements).values({
    userId: input.userId,
    unitId: input.unitId,
    superiorId: input.superiorId,
    position: input.position,
    reason: input.reason,
    validFrom: input.at,
    createdBy: input.by,
  });
}

const superiors = alias(users, 'superiors');

export async function listPlacements(db: DbOrTx, actor: Actor, userId: string): Promise<TPlacement[]> {
  await getUserInScope(db, actor, userId);
  const rows = await db
    .select({
      id: userPlacements.id,
      unitId: units.id,
      unitName: units.name,
      superiorId: superiors.id,
      superiorUsername: superiors.username,
      superiorDisplayName: superiors.displayName,
      position: userPlacements.position,
      reason: userPlacements.reason,
      validFrom: userPlacements.validFrom,
      validTo: userPlacements.validTo,
    })
    .from(userPlacements)
    .innerJoin(units, eq(units.id, userPlacements.unitId))
    .leftJoin(superiors, eq(superiors.id, userPlacements.superiorId))
    .where(eq(userPlacements.userId, userId))
    .orderBy(desc(userPlacements.validFrom));
  return rows.map((r) => ({
    id: r.id,
    unit: { id: r.unitId, name: r.unitName },
    superior: joinedUserRef(r.superiorId, r.superiorUsername, r.superiorDisplayName),
    position: r.position,
    reason: r.reason,
    validFrom: iso(r.validFrom),
    validTo: isoOrNull(r.validTo),
  }));
}
