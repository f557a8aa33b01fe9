import { type Ctx, requireActor } from '../../platform/context.js';
import { balanceOf, lotsOf } from '../../platform/ledger/ledger.js';
import { isoOrNull } from '../../platform/schemas.js';
import { POINTS_ACCOUNT } from '../points/index.js';
import type { TRewardBalance } from './schemas.js';

/**
 * INC-5/INC-6: the reader's live points — only lots still valid now count, even before the expiry
 * job writes the expired ones off — and the lots with something left, first to expire first.
 */
export async function myRewardBalance(ctx: Ctx): Promise<TRewardBalance> {
  const actor = requireActor(ctx);
  const now = ctx.clock.now();
  const balance = await balanceOf(ctx.db, POINTS_ACCOUNT, actor.id, { asOf: now });
  const lots = (await lotsOf(ctx.db, POINTS_ACCOUNT, actor.id, { open: true })).filter(
    (l) => l.remaining > 0n && (l.expiresAt === null || l.expiresAt.getTime() > now.getTime()),
  );
  return {
    balance: balance.toString(),
    lots: lots.map((l) => ({
      remaining: l.remaining.toString(),
      expiresAt: isoOrNull(l.expiresAt),
      kind: l.kind,
    })),
  };
}
