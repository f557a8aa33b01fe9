import type { DbOrTx } from '../../../db/client.js';
import type { Actor } from '../../../platform/context.js';
import { countOwnedCustomers, ownedCapFor } from '../capacity.js';
import { claimRulesFor, claimsOnDay } from './claim-rules.js';
import type { TPoolQuota } from './schemas.js';

/** The asking user's claims today and book size against their caps (their unit's policies). */
export async function poolQuota(db: DbOrTx, actor: Actor, at: Date): Promise<TPoolQuota> {
  const rules = await claimRulesFor(db, actor, at);
  return {
    claimsToday: await claimsOnDay(db, actor.id, at, rules.timeZone),
    dailyCap: rules.dailyCap,
    owned: await countOwnedCustomers(db, actor.id),
    ownedCap: await ownedCapFor(db, actor.id, at),
  };
}
