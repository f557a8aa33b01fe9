import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Actor, type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { rewardValues } from './propose-reward.js';
import { getReward } from './queries.js';
import type { TChampionReward, TRewardInput } from './schemas.js';
import { championRewards } from './tables.js';

/** The proposer's own reward, locked for the change: a draft or a rejected one only. */
export async function ownRewardForUpdate(tx: Tx, actor: Actor, id: string) {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [r] = await tx.select().from(championRewards).where(eq(championRewards.id, id)).for('update');
  if (!r) throw appError('NOT_FOUND');
  if (r.proposedBy !== actor.id) throw appError('CHAMPION_REWARD_NOT_PROPOSER');
  if (r.status !== 'draft' && r.status !== 'rejected') throw appError('CHAMPION_REWARD_LOCKED');
  return r;
}

/** INC-7: the proposer changes a reward not yet with its approvers (a draft, or back rejected). */
export async function updateReward(ctx: Ctx, id: string, input: TRewardInput): Promise<TChampionReward> {
  const actor = requireActor(ctx);
  await inTx(ctx, async (tx) => {
    const before = await ownRewardForUpdate(tx, actor, id);
    const [after] = await tx
      .update(championRewards)
      .set({ ...rewardValues(input), updatedAt: ctx.clock.now() })
      .where(eq(championRewards.id, id))
      .returning();
    await audit(tx, ctx, {
      entity: 'champion_reward',
      entityId: id,
      action: 'championReward.update',
      before,
      after,
    });
  });
  return getReward(ctx.db, actor, id);
}
