import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { lockAccount, reverseEntry } from '../../platform/ledger/ledger.js';
import { isUuid } from '../../platform/schemas.js';
import { POINTS_ACCOUNT } from '../points/index.js';
import { redemptionApprovers } from './policies.js';
import { REDEMPTION_DOC, type RedemptionRow, redemptionReadScope } from './scope.js';
import { redemptions, rewardItems } from './tables.js';

async function redemptionFor(tx: Tx, id: string): Promise<RedemptionRow> {
  const [row] = await tx.select().from(redemptions).where(eq(redemptions.id, id)).for('update');
  if (!row) throw appError('NOT_FOUND');
  return row;
}

async function setStatus(
  tx: Tx,
  ctx: Ctx,
  before: RedemptionRow,
  change: Partial<RedemptionRow> & { status: RedemptionRow['status'] },
  action: string,
): Promise<void> {
  const at = ctx.clock.now();
  const [after] = await tx
    .update(redemptions)
    .set({ ...change, decidedAt: at, updatedAt: at })
    .where(eq(redemptions.id, before.id))
    .returning();
  await audit(tx, ctx, {
    entity: 'redemption',
    entityId: before.id,
    action,
    before: { status: before.status },
    after: { status: after!.status, returnEntryId: after!.returnEntryId },
  });
}

/**
 * INC-6: rejected or withdrawn, the points go back to the lots they came from (a reversal of the
 * spend; what returns to a lot expired since lapses again at once) and the stock is restored.
 */
async function giveBack(tx: Tx, ctx: Ctx, req: ApprovalHookInput, status: 'rejected' | 'withdrawn') {
  const before = await redemptionFor(tx, req.docId);
  if (before.status !== 'submitted') throw appError('REDEMPTION_CLOSED');
  await lockAccount(tx, POINTS_ACCOUNT, before.userId);
  const back = before.spendEntryId
    ? await reverseEntry(tx, ctx, before.spendEntryId, 'redemption_returned')
    : null;
  await tx
    .update(rewardItems)
    .set({ stock: sql`${rewardItems.stock} + ${before.quantity}` })
    .where(eq(rewardItems.id, before.itemId));
  await setStatus(
    tx,
    ctx,
    before,
    { status, returnEntryId: back?.id ?? null },
    status === 'rejected' ? 'redemption.reject' : 'redemption.withdraw',
  );
}

const pointsText = (docId: ReturnType<typeof sql>) =>
  sql`(select rd2.points::text from redemptions rd2 where rd2.id::text = ${docId})`;

/**
 * INC-6: a redemption is approved by the chain of rewards.redemptionApprovers (the nearest sales
 * manager by default). 待办 shows whose request, which reward, how many and how many points.
 */
export const redemptionFlow = defineApprovalFlow({
  docType: REDEMPTION_DOC,
  label: { 'zh-CN': '积分兑换', en: 'Reward redemption' },
  chain: redemptionApprovers,
  todoFacts: {
    subject: (docId) =>
      sql`select ru.display_name from redemptions rd join users ru on ru.id = rd.user_id where rd.id::text = ${docId}`,
    detail: (docId) => ({
      'zh-CN': sql`select ri.name || ' × ' || rd.quantity || ' · ' || ${pointsText(docId)} || ' 积分'
        from redemptions rd join reward_items ri on ri.id = rd.item_id where rd.id::text = ${docId}`,
      en: sql`select ri.name || ' × ' || rd.quantity || ' · ' || ${pointsText(docId)} || ' points'
        from redemptions rd join reward_items ri on ri.id = rd.item_id where rd.id::text = ${docId}`,
    }),
  },
  async describe(db, docId) {
    if (!isUuid(docId)) return null;
    const [row] = await db
      .select({ r: redemptions, name: rewardItems.name })
      .from(redemptions)
      .innerJoin(rewardItems, eq(rewardItems.id, redemptions.itemId))
      .where(eq(redemptions.id, docId));
    if (!row) return null;
    return {
      title: `${row.name} × ${row.r.quantity} · ${row.r.points}`,
      amountFen: null,
      unitId: row.r.unitId,
      ownerId: row.r.userId,
    };
  },
  async canRead(db, actor, docId) {
    if (!isUuid(docId)) return false;
    const rows = await db
      .select({ id: redemptions.id })
      .from(redemptions)
      .where(sql`${redemptions.id} = ${docId} and ${redemptionReadScope(actor)}`);
    return rows.length > 0;
  },
  link: (docId) => `/rewards/redemptions/${docId}`,
  async onSubmitted(tx, _ctx, req) {
    // Submitted once, with the points already taken; a closed request is never submitted again.
    const row = await redemptionFor(tx, req.docId);
    if (row.status !== 'submitted' || req.round > 1 || !row.spendEntryId) throw appError('REDEMPTION_CLOSED');
  },
  async onApproved(tx, ctx, req) {
    const before = await redemptionFor(tx, req.docId);
    if (before.status !== 'submitted') throw appError('REDEMPTION_CLOSED');
    await setStatus(tx, ctx, before, { status: 'approved' }, 'redemption.approve');
  },
  onRejected: (tx, ctx, req) => giveBack(tx, ctx, req, 'rejected'),
  onWithdrawn: (tx, ctx, req) => giveBack(tx, ctx, req, 'withdrawn'),
});
