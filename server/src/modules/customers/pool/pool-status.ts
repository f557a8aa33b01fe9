import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import type { Actor } from '../../../platform/context.js';
import { joinedUserRef } from '../../../platform/org/refs.js';
import { users } from '../../../platform/org/tables.js';
import { iso, isoOrNull } from '../../../platform/schemas.js';
import { customerInScope } from '../scope.js';
import { customers } from '../tables.js';
import { DAY_MS, poolClock, poolRulesFor } from './pool-clock.js';
import type { TPoolStatus } from './schemas.js';

/** Where a customer stands on the pool clock: when its owner is warned and when it returns. */
export async function poolStatus(db: DbOrTx, actor: Actor, id: string, at: Date): Promise<TPoolStatus> {
  await customerInScope(db, actor, id, 'read');
  const [c] = await db
    .select({
      ownerId: users.id,
      ownerUsername: users.username,
      ownerName: users.displayName,
      level: customers.level,
      unitId: customers.unitId,
      lastFollowUpAt: customers.lastFollowUpAt,
      ownedSince: customers.ownedSince,
      createdAt: customers.createdAt,
      pooledAt: customers.pooledAt,
    })
    .from(customers)
    .leftJoin(users, eq(users.id, customers.ownerId))
    .where(eq(customers.id, id));
  if (!c) throw new Error('poolStatus: customer vanished');
  const rules = await poolRulesFor(db, at, c.unitId);
  const owner = joinedUserRef(c.ownerId, c.ownerUsername, c.ownerName);
  if (!owner) {
    return {
      owned: false,
      owner: null,
      lastActivityAt: null,
      warnAt: null,
      returnAt: null,
      daysLeft: null,
      poolDays: null,
      warningDays: rules.warningDays,
      warning: false,
      pooledAt: isoOrNull(c.pooledAt),
    };
  }
  const clock = poolClock(c, rules);
  const msLeft = clock.returnAt.getTime() - at.getTime();
  return {
    owned: true,
    owner,
    lastActivityAt: iso(clock.lastActivityAt),
    warnAt: iso(clock.warnAt),
    returnAt: iso(clock.returnAt),
    daysLeft: Math.max(0, Math.ceil(msLeft / DAY_MS)),
    poolDays: clock.poolDays,
    warningDays: rules.warningDays,
    warning: at.getTime() >= clock.warnAt.getTime(),
    pooledAt: null,
  };
}
