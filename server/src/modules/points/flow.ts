import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { isUuid } from '../../platform/schemas.js';
import { awardPoints } from './award.js';
import { mayReadAwardRequest, ruleWords } from './award-requests.js';
import { awardApprovers } from './policies.js';
import { pointAwardRequests } from './tables.js';

export const POINT_AWARD_DOC = 'point_award';

type RequestRow = typeof pointAwardRequests.$inferSelect;

async function requestFor(tx: Tx, id: string): Promise<RequestRow> {
  const [row] = await tx.select().from(pointAwardRequests).where(eq(pointAwardRequests.id, id));
  if (!row) throw appError('NOT_FOUND');
  return row;
}

async function setStatus(
  tx: Tx,
  ctx: Ctx,
  req: RequestRow,
  status: RequestRow['status'],
  action: string,
  extra = {},
) {
  const at = ctx.clock.now();
  const [after] = await tx
    .update(pointAwardRequests)
    .set({ status, updatedAt: at, decidedAt: status === 'submitted' ? null : at, ...extra })
    .where(eq(pointAwardRequests.id, req.id))
    .returning();
  await audit(tx, ctx, {
    entity: 'point_award_request',
    entityId: req.id,
    action,
    before: { status: req.status },
    after: { status, ...extra },
  });
  return after!;
}

/** INC-4: approved — the points are awarded once (eventKey `manual:<id>`), the entry linked. */
async function approve(tx: Tx, ctx: Ctx, hook: ApprovalHookInput) {
  const req = await requestFor(tx, hook.docId);
  const entry = await awardPoints(tx, ctx, {
    userId: req.userId,
    rule: req.rule,
    points: BigInt(req.points),
    eventKey: `manual:${req.id}`,
    refType: 'point_award_request',
    refId: req.id,
    memo: { reason: req.reason, proposerId: req.proposerId, requestId: req.id },
  });
  await setStatus(tx, ctx, req, 'approved', 'pointAward.approve', { entryId: entry?.id ?? null });
}

/**
 * INC-4/ORG-3: a manual award of extra points goes to the approvers of points.awardApprovers
 * (the proposer's direct superior by default) — never the proposer. 待办 shows for whom, the
 * rule, how many points and why.
 */
export const pointAwardFlow = defineApprovalFlow({
  docType: POINT_AWARD_DOC,
  label: { 'zh-CN': '额外积分奖励', en: 'Extra points award' },
  chain: awardApprovers,
  todoFacts: {
    subject: (docId) =>
      sql`select u.display_name from point_award_requests par join users u on u.id = par.user_id where par.id::text = ${docId}`,
    detail: (docId) => {
      const words = ruleWords(sql`par.rule`);
      return {
        'zh-CN': sql`select ${words['zh-CN']} || ' · ' || par.points || ' 分 · ' || left(par.reason, 80)
          from point_award_requests par where par.id::text = ${docId}`,
        en: sql`select 'Extra points for ' || ${words.en} || ' · ' || par.points || ' points · ' || left(par.reason, 80)
          from point_award_requests par where par.id::text = ${docId}`,
      };
    },
  },
  async describe(db, docId) {
    if (!isUuid(docId)) return null;
    const [row] = await db
      .select({ r: pointAwardRequests, name: users.displayName })
      .from(pointAwardRequests)
      .innerJoin(users, eq(users.id, pointAwardRequests.userId))
      .where(eq(pointAwardRequests.id, docId));
    if (!row) return null;
    return {
      title: `${row.name} · ${row.r.points}`,
      amountFen: null,
      unitId: row.r.unitId,
      ownerId: row.r.proposerId,
    };
  },
  canRead: mayReadAwardRequest,
  link: (docId) => `/points/requests/${docId}`,
  async onSubmitted(tx, ctx, hook) {
    const req = await requestFor(tx, hook.docId);
    if (req.status === 'approved') throw appError('STATUS_NOT_ALLOWED');
    if (req.status !== 'submitted') await setStatus(tx, ctx, req, 'submitted', 'pointAward.resubmit');
  },
  onApproved: approve,
  onRejected: async (tx, ctx, hook) =>
    void (await setStatus(tx, ctx, await requestFor(tx, hook.docId), 'rejected', 'pointAward.reject')),
  onWithdrawn: async (tx, ctx, hook) =>
    void (await setStatus(tx, ctx, await requestFor(tx, hook.docId), 'withdrawn', 'pointAward.withdraw')),
});
