import { eq, sql } from 'drizzle-orm';
import { signedContractFixture } from '../../../test/money-fixtures.js';
import type { sessions } from '../../../test/sessions.js';
import type { TestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { loadActor } from '../../platform/access/actor.js';
import type { Ctx } from '../../platform/context.js';
import { users } from '../../platform/org/tables.js';

/**
 * Fixtures for the points tests, written straight to a fresh test database: customers, confirmed
 * payments as the indicators sum them (the payment workflow is receivables'; where a test needs
 * the basic points it goes through the payment routes) and approved monthly targets.
 */
export function pointsKit(t: TestApp) {
  const db = t.database.db;
  let n = 0;
  const user = async (username: string) => {
    const [u] = await db.select().from(users).where(eq(users.username, username));
    if (!u) throw new Error(`no user ${username}`);
    return u;
  };
  return {
    user,
    /** A use case's context as the user (or the system), on the test clock. */
    async ctx(username?: string): Promise<Ctx> {
      return {
        db,
        clock: t.clock,
        actor: username ? await loadActor(db, (await user(username)).id) : null,
        requestId: 'test',
        ip: null,
        userAgent: null,
        lang: 'zh-CN',
      };
    },
    /** A customer of the person's (for payments through the routes). */
    async customer(username: string): Promise<string> {
      const u = await user(username);
      n += 1;
      const [c] = await queryRows<{ id: string }>(
        db,
        sql`insert into customers (name, name_key, level, type, lifecycle, unit_id, owner_id)
            values (${`积分测试客户${n}`}, ${`points-${n}`}, 'B', 'existing', 'customer', ${u.unitId}, ${u.id})
            returning id`,
      );
      return c!.id;
    },
    /** A confirmed payment of the person's received on the day, as the indicators count it. */
    async collected(username: string, amountFen: bigint, receivedOn: string) {
      const u = await user(username);
      const customerId = await this.customer(username);
      await db.execute(sql`insert into payments (number, customer_id, owner_id, unit_id, method, amount_fen,
          received_on, payer, status, confirmed_at)
        values (${`PT-${n}-${Date.now().toString(36)}`}, ${customerId}, ${u.id}, ${u.unitId}, 'pos_card', ${amountFen},
          ${receivedOn}, '积分测试付款人', 'confirmed', ${t.clock.now().toISOString()}::timestamptz)`);
    },
    /**
     * A payment of the person's recorded through the routes and confirmed by finance (so the
     * receivables' payment.confirmed event reaches points), on a contract signed the day before.
     */
    async confirmedPayment(
      s: ReturnType<typeof sessions>,
      amountFen: bigint,
      username = 'rep01',
    ): Promise<{ id: string; number: string }> {
      const { contract } = await signedContractFixture(t.database, t.clock, {
        ownerUsername: username,
        customerId: await this.customer(username),
        amountFen,
        signedOn: '2026-03-01',
      });
      const p = await s.ok(username, 'POST', '/api/payments', {
        customerId: contract.customerId,
        contractId: contract.id,
        method: 'pos_card',
        voucherNo: 'POS-0001',
        receivedOn: '2026-03-02',
        payer: '客户财务部',
        amountFen: amountFen.toString(),
      });
      await s.ok('finance', 'POST', `/api/payments/${p.id}/confirm`);
      return p as { id: string; number: string };
    },
    /** Approved monthly collections targets of people (a split of their unit's target). */
    async monthlyTargets(
      unitCode: string,
      year: number,
      lines: { username: string; month: string; value: bigint }[],
    ) {
      const [unit] = await queryRows<{ id: string }>(db, sql`select id from units where code = ${unitCode}`);
      const [set] = await queryRows<{ id: string }>(
        db,
        sql`insert into target_sets (unit_id, year, metric, version, status, approved_at)
            values (${unit!.id}, ${year}, 'collected_amount', 1, 'approved', ${t.clock.now().toISOString()}::timestamptz)
            returning id`,
      );
      for (const l of lines)
        await db.execute(sql`insert into target_lines (set_id, subject_type, subject_id, period, value)
          values (${set!.id}, 'user', ${(await user(l.username)).id}, ${l.month}, ${l.value})`);
    },
  };
}
