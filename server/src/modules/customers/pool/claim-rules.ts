import { and, count, eq, gte, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import type { Actor } from '../../../platform/context.js';
import { localDayBounds } from '../../../platform/deadlines/calendar.js';
import { companyTimeZone } from '../../../platform/deadlines/policies.js';
import { readPolicies } from '../../../platform/policies/read.js';
import { poolDailyClaimCap, reclaimWaitDays } from '../policies.js';
import { customerOwnershipLog } from '../tables.js';
import { DAY_MS } from './pool-clock.js';

export interface ClaimRules {
  dailyCap: number;
  reclaimWaitDays: number;
  timeZone: string;
}

/** The claim rules in force for a rep: their unit's (a region may override them, ORG-7). */
export async function claimRulesFor(db: DbOrTx, actor: Actor, at: Date): Promise<ClaimRules> {
  const values = await readPolicies(
    db,
    [poolDailyClaimCap, reclaimWaitDays, companyTimeZone],
    at,
    actor.unitId,
  );
  return {
    dailyCap: values.get(poolDailyClaimCap.id) as number,
    reclaimWaitDays: values.get(reclaimWaitDays.id) as number,
    timeZone: values.get(companyTimeZone.id) as string,
  };
}

/** How many customers a rep has claimed from the pool on the business day of `at`. */
export async function claimsOnDay(db: DbOrTx, userId: string, at: Date, tz: string): Promise<number> {
  const { start, end } = localDayBounds(at, tz);
  const [row] = await db
    .select({ n: count() })
    .from(customerOwnershipLog)
    .where(
      and(
        eq(customerOwnershipLog.toUserId, userId),
        eq(customerOwnershipLog.change, 'claim'),
        gte(customerOwnershipLog.at, start),
        lt(customerOwnershipLog.at, end),
      ),
    );
  return Number(row?.n ?? 0);
}

/**
 * The previous owner may not take a customer back for reclaimWaitDays after it returned to
 * the pool: the moment they may, or null when the wait does not apply to this user.
 */
export function claimableFrom(
  c: { previousOwnerId: string | null; pooledAt: Date | null },
  userId: string,
  waitDays: number,
  at: Date,
): Date | null {
  if (c.previousOwnerId !== userId || !c.pooledAt) return null;
  const from = new Date(c.pooledAt.getTime() + waitDays * DAY_MS);
  return from.getTime() > at.getTime() ? from : null;
}
