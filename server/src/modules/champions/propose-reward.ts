import { eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { getReward } from './queries.js';
import type { TChampionReward, TRewardInput } from './schemas.js';
import { championRewards, salesChampions } from './tables.js';

/** The stored columns of a reward as proposed. */
export const rewardValues = (input: TRewardInput) => ({
  kind: input.kind,
  bonusFen: input.kind === 'bonus' && input.bonusFen ? BigInt(input.bonusFen) : null,
  prize: input.prize ?? null,
  note: input.note ?? '',
  points: input.points,
});

/**
 * INC-7 (冠军可获得奖金、奖品或晋升机会): whoever records champion rewards proposes one for a
 * champion — a bonus (fen), a prize, or a promotion recommendation, optionally with extra
 * points — as a draft, then submits it to champions.rewardApprovers.
 */
export async function proposeReward(
  ctx: Ctx,
  championId: string,
  input: TRewardInput,
): Promise<TChampionReward> {
  const actor = requireActor(ctx);
  if (!isUuid(championId)) throw appError('NOT_FOUND');
  const id = await inTx(ctx, async (tx) => {
    const [c] = await tx
      .select({ id: salesChampions.id })
      .from(salesChampions)
      .where(eq(salesChampions.id, championId));
    if (!c) throw appError('NOT_FOUND');
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(championRewards)
      .values({
        championId,
        ...rewardValues(input),
        proposedBy: actor.id,
        createdBy: actor.id,
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    await audit(tx, ctx, {
      entity: 'champion_reward',
      entityId: row!.id,
      action: 'championReward.propose',
      after: row,
    });
    return row!.id;
  });
  return getReward(ctx.db, actor, id);
}
