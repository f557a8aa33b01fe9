import { eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { signedContractFixture } from '../../../test/money-fixtures.js';
import { sessions } from '../../../test/sessions.js';
import type { TestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { units, users } from '../../platform/org/tables.js';
import { targetLines, targetSets } from '../targets/index.js';
import type { TPlanDetail, TPlanWrite } from './schemas.js';

/**
 * The commission tests' arrangements through the real workflows: a plan written, submitted and
 * approved through the approvals engine; payments recorded by the rep and confirmed by finance
 * (receivables' routes); approved targets (the targets fixture of the indicators kit).
 */
export function commissionKit(t: TestApp) {
  const s = sessions(t);
  const db = t.database.db;
  let n = 0;
  const user = async (username: string) => {
    const [u] = await db.select().from(users).where(eq(users.username, username));
    if (!u) throw new Error(`no user ${username}`);
    return u;
  };
  const k = {
    /** A customer of the rep's (a fixture: the customer file is tested in its module). */
    async customer(owner: string): Promise<string> {
      const u = await user(owner);
      n += 1;
      const name = `提成测试客户${n}号有限公司`;
      const [c] = await queryRows<{ id: string }>(
        db,
        sql`insert into customers (name, name_key, level, type, lifecycle, unit_id, owner_id, owned_since)
            values (${name}, ${`${name}-${n}`}, 'B', 'existing', 'customer', ${u.unitId}, ${u.id},
              ${t.clock.now().toISOString()}::timestamptz)
            returning id::text as id`,
      );
      return c!.id;
    },
    /** A signed main contract with its AR-1 plan (a fixture). */
    signed(owner: string, customerId: string, amountFen: bigint, signedOn: string) {
      return signedContractFixture(t.database, t.clock, {
        ownerUsername: owner,
        customerId,
        amountFen,
        signedOn,
      });
    },
    /** PLAN-2: an approved split of a unit's target among its people (a fixture: the approval flow is the targets module's). */
    async approvedTargets(
      unitCode: string,
      year: number,
      metric: 'signed_amount' | 'collected_amount',
      lines: { username: string; period: string; value: bigint }[],
    ) {
      const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.code, unitCode));
      const [set] = await db
        .insert(targetSets)
        .values({ unitId: unit!.id, year, metric, version: 1, status: 'approved', approvedAt: t.clock.now() })
        .returning({ id: targetSets.id });
      for (const l of lines) {
        await db.insert(targetLines).values({
          setId: set!.id,
          subjectType: 'user',
          subjectId: (await user(l.username)).id,
          period: l.period,
          value: l.value,
        });
      }
    },
    /** AR-2: a payment the rep records (pending), by the route. */
    async pay(owner: string, customerId: string, contractId: string, amountFen: bigint, receivedOn: string) {
      const res = await s.call(owner, 'POST', '/api/payments', {
        customerId,
        contractId,
        method: 'pos_card',
        amountFen: amountFen.toString(),
        receivedOn,
        payer: '提成测试付款人',
      });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { id: string }).id;
    },
  };
  const latestRequest = async (user: string, docType: string, docId: string) => {
    const h = await s.ok<{ latestRequestId: string }>(
      user,
      'GET',
      `/api/approvals/history?docType=${docType}&docId=${docId}`,
    );
    return h.latestRequestId;
  };
  return {
    s,
    k,
    latestRequest,
    /** Approves the document's pending step as the user. */
    async approve(user: string, docType: string, docId: string) {
      const id = await latestRequest(user, docType, docId);
      await s.ok(user, 'POST', `/api/approvals/${id}/approve`, {});
    },
    /** INC-1: a plan the director writes and submits and the GM approves. */
    async approvedPlan(plan: TPlanWrite): Promise<TPlanDetail> {
      const draft = await s.ok<TPlanDetail>('director', 'POST', '/api/commission/plans', plan);
      await s.ok('director', 'POST', `/api/commission/plans/${draft.id}/submit`);
      const id = await latestRequest('gm', 'commission_plan', draft.id);
      await s.ok('gm', 'POST', `/api/approvals/${id}/approve`, {});
      return s.ok<TPlanDetail>('director', 'GET', `/api/commission/plans/${draft.id}`);
    },
    /** AR-2/AR-4: a payment the rep records on a signed contract of theirs; confirmed by finance unless `pending`. */
    async payment(
      rep: string,
      contract: { id: string; customerId: string },
      amountFen: bigint,
      receivedOn: string,
      opts: { pending?: boolean } = {},
    ): Promise<string> {
      const id = await k.pay(rep, contract.customerId, contract.id, amountFen, receivedOn);
      if (!opts.pending) {
        const res = await s.call('finance', 'POST', `/api/payments/${id}/confirm`);
        expect(res.statusCode, res.body).toBe(200);
      }
      return id;
    },
  };
}
