import { eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { signedContractFixture } from '../../../test/money-fixtures.js';
import type { TestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { units, users } from '../../platform/org/tables.js';
import { contracts } from '../contracts/index.js';
import { customers } from '../customers/index.js';
import { marketSizes, type TargetMetric, targetLines, targetSets } from '../targets/index.js';

/**
 * Fixtures of the records indicators sum, written straight to a fresh test database (the
 * workflows that make them are tested in their own modules), and the HTTP calls of a test.
 */
export function indicatorKit(t: TestApp) {
  const db = t.database.db;
  let n = 0;
  const cookies: Record<string, string> = {};
  /** Sessions time out when the business clock jumps: one sign-in per user and clock time. */
  const as = async (user: string) => {
    const key = `${user}@${t.clock.now().toISOString()}`;
    cookies[key] ??= await t.login(user);
    return cookies[key]!;
  };
  const user = async (username: string) => {
    const [u] = await db.select().from(users).where(eq(users.username, username));
    if (!u) throw new Error(`no user ${username}`);
    return u;
  };
  const unitId = async (code: string) => {
    const [u] = await db.select({ id: units.id }).from(units).where(eq(units.code, code));
    if (!u) throw new Error(`no unit ${code}`);
    return u.id;
  };

  return {
    as,
    user,
    unitId,
    async get<T>(username: string, url: string): Promise<T> {
      const res = await t.request('GET', url, { cookie: await as(username) });
      expect(res.statusCode, `${username} GET ${url}: ${res.body}`).toBe(200);
      return res.json() as T;
    },
    async call(username: string, method: 'GET' | 'POST', url: string, body?: unknown) {
      return t.request(method, url, { cookie: await as(username), ...(body === undefined ? {} : { body }) });
    },
    async post<T>(username: string, url: string, body?: unknown): Promise<T> {
      const res = await t.request('POST', url, { cookie: await as(username), body: body ?? {} });
      expect(res.statusCode, `${username} POST ${url}: ${res.body}`).toBe(200);
      return res.json() as T;
    },

    /** A customer of the person, a customer since `since` (or a lead converted then, when `createdAt` is earlier). */
    async customer(
      owner: string,
      opts: { since: string; createdAt?: string; lifecycle?: 'lead' | 'customer' },
    ): Promise<string> {
      const u = await user(owner);
      n += 1;
      const name = `指标测试客户${n}号有限公司`;
      const converted = opts.createdAt !== undefined;
      const [c] = await db
        .insert(customers)
        .values({
          name,
          nameKey: `${name}-${n}`,
          level: 'B',
          type: 'existing',
          lifecycle: opts.lifecycle ?? 'customer',
          unitId: u.unitId,
          ownerId: u.id,
          ownedSince: new Date(opts.createdAt ?? opts.since),
          createdAt: new Date(opts.createdAt ?? opts.since),
          updatedAt: new Date(opts.since),
          convertedAt: converted ? new Date(opts.since) : null,
        })
        .returning({ id: customers.id });
      return c!.id;
    },

    /** A signed main contract with its AR-1 plan (one instalment due ar.collectionDays later). */
    signed(owner: string, customerId: string, amountFen: bigint, signedOn: string) {
      return signedContractFixture(t.database, t.clock, {
        ownerUsername: owner,
        customerId,
        amountFen,
        signedOn,
      });
    },

    /** Another contract row as it stands: a signed supplement (its change counts) or a draft (nothing counts). */
    async contractRow(
      owner: string,
      customerId: string,
      v: {
        kind: 'main' | 'supplement';
        status: 'draft' | 'signed';
        amountFen: bigint;
        deltaFen?: bigint;
        signedOn?: string;
        mainContractId?: string;
      },
    ): Promise<string> {
      const u = await user(owner);
      n += 1;
      const [k] = await db
        .insert(contracts)
        .values({
          number: `IX-${n}-${Date.now().toString(36)}`,
          kind: v.kind,
          mainContractId: v.mainContractId ?? null,
          customerId,
          title: `指标测试合同 ${n}`,
          ownerId: u.id,
          unitId: u.unitId,
          amountFen: v.amountFen,
          deltaFen: v.deltaFen ?? null,
          status: v.status,
          signedOn: v.signedOn ?? null,
        })
        .returning({ id: contracts.id });
      return k!.id;
    },

    /** An order under a contract with lines of these quantities (the orders module exports no tables: SQL). */
    async order(
      contract: { id: string; customerId: string; ownerId: string; unitId: string },
      quantities: number[],
    ) {
      n += 1;
      const [o] = await queryRows<{ id: string }>(
        db,
        sql`insert into orders (number, contract_id, customer_id, owner_id, unit_id)
            values (${`IO-${n}-${Date.now().toString(36)}`}, ${contract.id}, ${contract.customerId},
              ${contract.ownerId}, ${contract.unitId})
            returning id`,
      );
      for (const [i, quantity] of quantities.entries()) {
        await db.execute(sql`insert into order_lines (order_id, seq, product_name, unit, quantity)
          values (${o!.id}, ${i + 1}, ${`指标测试产品 ${i + 1}`}, '台', ${quantity})`);
      }
      return o!.id;
    },

    /**
     * PLAN-2: an approved split of a unit's target (a fixture: the approval flow is the targets
     * module's), lines per child `user:<username>` / `unit:<code>` and period.
     */
    async approvedTargets(
      unitCode: string,
      year: number,
      metric: TargetMetric,
      lines: { subject: string; period: string; value: bigint }[],
    ) {
      const [set] = await db
        .insert(targetSets)
        .values({
          unitId: await unitId(unitCode),
          year,
          metric,
          version: 1,
          status: 'approved',
          approvedAt: t.clock.now(),
        })
        .returning({ id: targetSets.id });
      const rows = [];
      for (const l of lines) {
        const [type, key] = l.subject.split(':') as ['user' | 'unit', string];
        const subjectId = type === 'user' ? (await user(key)).id : await unitId(key);
        rows.push({ setId: set!.id, subjectType: type, subjectId, period: l.period, value: l.value });
      }
      await db.insert(targetLines).values(rows);
    },

    /** PLAN-5: the market size entered for a region (or the company) and year. */
    async marketSize(unitCode: string, year: number, sizeFen: bigint) {
      await db.insert(marketSizes).values({ unitId: await unitId(unitCode), year, sizeFen });
    },

    /** AR-2/AR-4: a payment the rep records (pending), by the route. */
    async pay(owner: string, customerId: string, contractId: string, amountFen: bigint, receivedOn: string) {
      const res = await t.request('POST', '/api/payments', {
        cookie: await as(owner),
        body: {
          customerId,
          contractId,
          method: 'pos_card',
          amountFen: amountFen.toString(),
          receivedOn,
          payer: '指标测试付款人',
        },
      });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { id: string }).id;
    },
  };
}

export type IndicatorKit = ReturnType<typeof indicatorKit>;
