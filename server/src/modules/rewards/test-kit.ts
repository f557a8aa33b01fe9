import { and, eq } from 'drizzle-orm';
import { sessions } from '../../../test/sessions.js';
import type { TestApp } from '../../../test/test-app.js';
import { approvalRequests } from '../../platform/approvals/tables.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { balanceOf } from '../../platform/ledger/ledger.js';
import { awardPoints, type ExtraRule, POINTS_ACCOUNT } from '../points/index.js';
import type { TRedemption, TRewardItem } from './schemas.js';
import { REDEMPTION_DOC } from './scope.js';

/**
 * Fixtures for the rewards tests: points awarded as the points module awards them (awardPoints, on
 * the business clock), rewards added by the catalogue's keeper (hr) through the API, and the
 * pending approval of a redemption.
 */
export function rewardsKit(t: TestApp) {
  const s = sessions(t);
  const db = t.database.db;
  const systemCtx = (): Ctx => ({
    db,
    clock: t.clock,
    actor: null,
    requestId: 'test',
    ip: null,
    userAgent: null,
    lang: 'zh-CN',
  });
  let n = 0;
  return {
    ...s,
    /** Points for a person now: `basic`, or an extra rule; a fresh event each call. */
    async award(username: string, rule: 'basic' | ExtraRule, points: bigint) {
      const userId = await t.userId(username);
      n += 1;
      const ctx = systemCtx();
      return inTx(ctx, (tx) =>
        awardPoints(tx, ctx, { userId, rule, points, eventKey: `test:rewards:${username}:${n}:${rule}` }),
      );
    },
    /** The live balance now (expired lots not counted). */
    async balance(username: string) {
      return balanceOf(db, POINTS_ACCOUNT, await t.userId(username), { asOf: t.clock.now() });
    },
    /** A reward added by hr; value in yuan, stock null = unlimited. */
    async item(name: string, valueYuan: number, stock: number | null = null): Promise<TRewardItem> {
      return s.ok<TRewardItem>('hr', 'POST', '/api/rewards/items', {
        name,
        kind: 'gift',
        description: '',
        valueFen: String(valueYuan * 100),
        stock,
      });
    },
    redeem: (username: string, itemId: string, quantity = 1) =>
      s.call(username, 'POST', '/api/rewards/redemptions', { itemId, quantity }),
    async redeemOk(username: string, itemId: string, quantity = 1): Promise<TRedemption> {
      return s.ok<TRedemption>(username, 'POST', '/api/rewards/redemptions', { itemId, quantity });
    },
    /** The approval request of a redemption waiting for a decision. */
    async pendingRequest(redemptionId: string) {
      const [r] = await db
        .select()
        .from(approvalRequests)
        .where(
          and(
            eq(approvalRequests.docType, REDEMPTION_DOC),
            eq(approvalRequests.docId, redemptionId),
            eq(approvalRequests.status, 'pending'),
          ),
        );
      if (!r) throw new Error(`no pending approval for ${redemptionId}`);
      return r;
    },
  };
}
