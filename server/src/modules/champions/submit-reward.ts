import { submitForApproval } from '../../platform/approvals/transitions.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { CHAMPION_REWARD_DOC } from './flow.js';
import { getReward } from './queries.js';
import type { TChampionReward } from './schemas.js';
import { ownRewardForUpdate } from './update-reward.js';

/** INC-7: the proposer submits the reward to champions.rewardApprovers (the GM by default). */
export async function submitReward(ctx: Ctx, id: string): Promise<TChampionReward> {
  const actor = requireActor(ctx);
  await inTx(ctx, async (tx) => {
    const r = await ownRewardForUpdate(tx, actor, id);
    await submitForApproval(tx, ctx, { docType: CHAMPION_REWARD_DOC, docId: r.id });
  });
  return getReward(ctx.db, actor, id);
}
