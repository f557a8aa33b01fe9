import { expect } from 'vitest';
import { type Ctx, inTx } from '../src/platform/context.js';
import { setPolicy } from '../src/platform/policies/write.js';
import type { TestApp } from './test-app.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A session per user and business time (sessions time out when the clock jumps). */
export function sessions(t: TestApp) {
  const cookies = new Map<string, string>();
  const as = async (user: string) => {
    const key = `${user}@${t.clock.now().toISOString()}`;
    if (!cookies.has(key)) cookies.set(key, await t.login(user));
    return cookies.get(key)!;
  };
  const call = async (user: string, method: Method, url: string, body?: unknown, lang?: string) =>
    t.request(method, url, {
      cookie: await as(user),
      ...(body !== undefined ? { body } : {}),
      ...(lang ? { lang } : {}),
    });
  /** The answer's JSON (untyped unless the caller names a type). */
  const ok = async <T = ReturnType<typeof JSON.parse>>(
    user: string,
    method: Method,
    url: string,
    body?: unknown,
  ): Promise<T> => {
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
