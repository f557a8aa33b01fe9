import { eq, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { awardPoints } from '../points/index.js';
import { rewardApprovers } from './policies.js';
import { championRewards, salesChampions } from './tables.js';

export const CHAMPION_REWARD_DOC = 'champion_reward';
type RewardRow = typeof championRewards.$inferSelect;

async function rewardFor(tx: DbOrTx, id: string): Promise<RewardRow> {
  const [r] = await tx.select().from(championRewards).where(eq(championRewards.id, id));
  if (!r) throw appError('NOT_FOUND');
  return r;
}

async function setStatus(tx: Tx, ctx: Ctx, r: RewardRow, status: RewardRow['status'], action: string) {
  const at = ctx.clock.now();
  const [after] = await tx
    .update(championRewards)
    .set({ status, updatedAt: at, ...(status === 'approved' ? { approvedAt: at } : {}) })
    .where(eq(championRewards.id, r.id))
    .returning();
  await audit(tx, ctx, {
    entity: 'champion_reward',
    entityId: r.id,
    action,
    before: { status: r.status },
    after: { status },
  });
  return after!;
}

/** INC-7: approved, the reward stands; its extra points (if any) go to the champion once. */
async function approve(tx: Tx, ctx: Ctx, req: ApprovalHookInput) {
  const r = await setStatus(tx, ctx, await rewardFor(tx, req.docId), 'approved', 'championReward.approve');
  if (r.points <= 0) return;
  const [c] = await tx.select().from(salesChampions).where(eq(salesChampions.id, r.championId));
  await awardPoints(tx, ctx, {
    userId: c!.userId,
    rule: 'other_contribution',
    points: BigInt(r.points),
    eventKey: `champion:${c!.id}:${r.id}`,
    refType: 'champion_reward',
    refId: r.id,
    memo: { 'zh-CN': `销售冠军奖励（${c!.period}）`, en: `Sales champion reward (${c!.period})` },
  });
}

const kindWords = (col: string) =>
  sql.raw(`case ${col} when 'bonus' then '奖金' when 'prize' then '奖品' else '晋升推荐' end`);
const kindWordsEn = (col: string) =>
  sql.raw(
    `case ${col} when 'bonus' then 'bonus' when 'prize' then 'prize' else 'promotion recommendation' end`,
  );

/**
 * INC-7: a champion's reward (bonus, prize or promotion recommendation) is approved by the chain of
 * champions.rewardApprovers (the GM by default). 待办 shows whose, for which period, and how much.
 */
export const championRewardFlow = defineApprovalFlow({
  docType: CHAMPION_REWARD_DOC,
  label: { 'zh-CN': '销售冠军奖励', en: 'Sales champion reward' },
  chain: rewardApprovers,
  // Aliases of their own: the approvals' query around these subqueries has its own r and u.
  todoFacts: {
    subject: (docId) =>
      sql`select cu.display_name from champion_rewards cr join sales_champions sc on sc.id = cr.champion_id
        join users cu on cu.id = sc.user_id where cr.id::text = ${docId}`,
    detail: (docId) => ({
      'zh-CN': sql`select sc.period || ' 销售冠军 · ' || ${kindWords('cr.kind')}
          || coalesce(' ¥' || to_char(cr.bonus_fen::numeric / 100, 'FM999,999,999,990.00'), '')
          || coalesce(' · ' || cr.prize, '') || case when cr.points > 0 then ' · ' || cr.points || ' 积分' else '' end
        from champion_rewards cr join sales_champions sc on sc.id = cr.champion_id where cr.id::text = ${docId}`,
      en: sql`select 'Sales champion ' || sc.period || ' · ' || ${kindWordsEn('cr.kind')}
          || coalesce(' ¥' || to_char(cr.bonus_fen::numeric / 100, 'FM999,999,999,990.00'), '')
          || coalesce(' · ' || cr.prize, '') || case when cr.points > 0 then ' · ' || cr.points || ' points' else '' end
        from champion_rewards cr join sales_champions sc on sc.id = cr.champion_id where cr.id::text = ${docId}`,
    }),
  },
  async describe(db, docId) {
    if (!isUuid(docId)) return null;
    const [row] = await db
      .select({ r: championRewards, c: salesChampions })
      .from(championRewards)
      .innerJoin(salesChampions, eq(salesChampions.id, championRewards.championId))
      .where(eq(championRewards.id, docId));
    if (!row) return null;
    return {
      title: `${row.c.period} · ${row.r.kind}`,
      amountFen: row.r.bonusFen,
      unitId: row.c.unitId,
      ownerId: row.r.proposedBy,
    };
  },
  async canRead(db, actor, docId) {
    return (
      isUuid(docId) && actor.permissions['champion:read'] !== undefined && (await rewardExists(db, docId))
    );
  },
  link: (docId) => `/champions?reward=${docId}`,
  async onSubmitted(tx, ctx, req) {
    const r = await rewardFor(tx, req.docId);
    if (r.status !== 'draft' && r.status !== 'rejected') throw appError('CHAMPION_REWARD_LOCKED');
    await setStatus(tx, ctx, r, 'submitted', 'championReward.submit');
  },
  onApproved: approve,
  onRejected: async (tx, ctx, req) => {
    await setStatus(tx, ctx, await rewardFor(tx, req.docId), 'rejected', 'championReward.reject');
  },
  onWithdrawn: async (tx, ctx, req) => {
    await setStatus(tx, ctx, await rewardFor(tx, req.docId), 'draft', 'championReward.withdraw');
  },
});

async function rewardExists(db: DbOrTx, id: string) {
  const rows = await db
    .select({ id: championRewards.id })
    .from(championRewards)
    .where(eq(championRewards.id, id));
  return rows.length > 0;
}
