import { eq, isNull } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestApp } from '../../../test/test-app.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { units, users } from '../../platform/org/tables.js';
import { setPolicy } from '../../platform/policies/write.js';
import { customers } from '../customers/index.js';
import { opportunities } from '../opportunities/index.js';
import { type TargetMetric, targetLines, targetSets } from '../targets/index.js';

let n = 0;

async function userRow(t: TestApp, username: string) {
  const [u] = await t.database.db.select().from(users).where(eq(users.username, username));
  return u!;
}

/** A customer owned by the user, in the user's unit (a fixture of the customer file). */
export async function customerOf(t: TestApp, username: string, name?: string): Promise<string> {
  const owner = await userRow(t, username);
  n += 1;
  const label = name ?? `计划测试客户${n}号有限公司`;
  const [c] = await t.database.db
    .insert(customers)
    .values({
      name: label,
      nameKey: `${label}-${n}`,
      level: 'B',
      lifecycle: 'customer',
      type: 'existing',
      unitId: owner.unitId,
      ownerId: owner.id,
      ownedSince: t.clock.now(),
    })
    .returning({ id: customers.id });
  return c!.id;
}

/** An opportunity of the user's on a customer (a fixture of the pipeline). */
export async function opportunityOf(
  t: TestApp,
  username: string,
  customerId: string,
  o: {
    name: string;
    amountFen: bigint;
    stage?: 'lead' | 'needs' | 'solution' | 'negotiation' | 'won' | 'lost';
  },
): Promise<string> {
  const owner = await userRow(t, username);
  const [row] = await t.database.db
    .insert(opportunities)
    .values({
      customerId,
      name: o.name,
      stage: o.stage ?? 'negotiation',
      amountFen: o.amountFen,
      ownerId: owner.id,
      unitId: owner.unitId,
      stageChangedAt: t.clock.now(),
    })
    .returning({ id: opportunities.id });
  return row!.id;
}

/**
 * Approved targets of people for a year (a fixture of the target tree, which the targets module
 * writes through its split approval): one approved set of the root unit per metric, with the
 * people's lines for the periods given.
 */
export async function approvedTargets(
  t: TestApp,
  metric: TargetMetric,
  lines: { username: string; period: string; value: bigint }[],
): Promise<void> {
  const db = t.database.db;
  const [root] = await db.select().from(units).where(isNull(units.parentId));
  const [set] = await db
    .insert(targetSets)
    .values({
      unitId: root!.id,
      year: 2026,
      metric,
      version: 1,
      status: 'approved',
      approvedAt: t.clock.now(),
    })
    .returning();
  for (const l of lines) {
    const u = await userRow(t, l.username);
    await db
      .insert(targetLines)
      .values({ setId: set!.id, subjectType: 'user', subjectId: u.id, period: l.period, value: l.value });
  }
}

/** A session per user and business time (sessions time out when the clock jumps). */
export function sessions(t: TestApp) {
  const cookies = new Map<string, string>();
  const as = async (user: string) => {
    const key = `${user}@${t.clock.now().toISOString()}`;
    if (!cookies.has(key)) cookies.set(key, await t.login(user));
    return cookies.get(key)!;
  };
  const call = async (
    user: string,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    body?: unknown,
    lang?: string,
  ) =>
    t.request(method, url, {
      cookie: await as(user),
      ...(body !== undefined ? { body } : {}),
      ...(lang ? { lang } : {}),
    });
  /** The answer's JSON (untyped unless the caller names a type). */
  const ok = async <T = ReturnType<typeof JSON.parse>>(
    user: string,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    body?: unknown,
  ) => {
    const res = await call(user, method, url, body);
    expect(res.statusCode, `${user} ${method} ${url}: ${res.body}`).toBe(200);
    return res.json() as T;
  };
  return { as, call, ok };
}

/** Sets a policy's company-wide value as the system would (a test's arrangement). */
export async function setPolicyValue(t: TestApp, id: string, value: unknown): Promise<void> {
  const ctx: Ctx = {
    db: t.database.db,
    clock: t.clock,
    actor: null,
    requestId: 'test',
    ip: null,
    userAgent: null,
    lang: 'zh-CN',
  };
  await inTx(ctx, (tx) => setPolicy(tx, ctx, { id, value }));
}
