import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestApp } from '../../../test/test-app.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { users } from '../../platform/org/tables.js';
import { setPolicy } from '../../platform/policies/write.js';
import { customers } from '../customers/index.js';

let n = 0;

/** A customer owned by the user, in the user's unit (a fixture of the customer file). */
export async function customerOf(t: TestApp, username: string, name?: string): Promise<string> {
  const [owner] = await t.database.db.select().from(users).where(eq(users.username, username));
  n += 1;
  const label = name ?? `拜访计划测试客户${n}号有限公司`;
  const [c] = await t.database.db
    .insert(customers)
    .values({
      name: label,
      nameKey: `${label}-${n}`,
      level: 'B',
      lifecycle: 'customer',
      type: 'existing',
      unitId: owner!.unitId,
      ownerId: owner!.id,
      ownedSince: t.clock.now(),
    })
    .returning({ id: customers.id });
  return c!.id;
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
