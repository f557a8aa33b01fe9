import type { LightMyRequestResponse } from 'fastify';
import { afterAll } from 'vitest';
import type { Database } from '../src/db/client.js';
import { DEMO_PASSWORD } from '../src/demo/demo-org.js';
import { userIdByUsername } from '../src/demo/load-demo.js';
import { buildApp, type RegisteredRoute } from '../src/http/app.js';
import type { App } from '../src/http/types.js';
import { ensurePresetRoles } from '../src/modules/roles/ensure-presets.js';
import { BusinessClock } from '../src/platform/clock.js';
import type { MailDispatcher } from '../src/platform/mail/dispatcher.js';
import type { Mailer } from '../src/platform/mail/mailer.js';
import { installQueryCounter } from './query-counter.js';
import { TEST_NOW } from './test-clock.js';
import { createTestDatabase } from './test-db.js';

export interface TestApp {
  app: App;
  database: Database;
  clock: BusinessClock;
  routes: RegisteredRoute[];
  /** Sends queued mail after requests; `await t.mail.idle()` waits for it. */
  mail: MailDispatcher;
  /** Signs in and returns the session cookie header. */
  login(username: string, password?: string): Promise<string>;
  request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    opts?: { cookie?: string; body?: unknown; lang?: string; headers?: Record<string, string> },
  ): Promise<LightMyRequestResponse>;
  userId(username: string): Promise<string>;
  /**
   * The SQL statements sent to the database while `run` is pending (BEGIN and COMMIT included,
   * on both engines), e.g. `t.countQueries(() => t.request('GET', '/api/me', { cookie }))`.
   */
  countQueries<T>(run: () => Promise<T>): Promise<{ res: T; queries: string[] }>;
}

/**
 * A fresh database and the HTTP app over it, the business clock frozen at TEST_NOW. The database
 * is a copy of the demo template (preset roles and the demo company, loaded at TEST_NOW) unless
 * `demo: false`, which gives the preset roles only.
 */
export async function createTestApp(
  opts: {
    demo?: boolean;
    loginRateLimitPerMinute?: number;
    webDist?: string;
    mailer?: Mailer | null;
    /** ALLOWED_ORIGINS (CSRF check). */
    allowedOrigins?: string[];
    trustProxy?: boolean;
    /** UPLOAD_MAX_MB. */
    uploadMaxMb?: number;
  } = {},
): Promise<TestApp> {
  const demo = opts.demo !== false;
  const database = await createTestDatabase({ demo });
  const counter = installQueryCounter(database);
  const clock = new BusinessClock();
  clock.set(TEST_NOW);
  if (!demo) await ensurePresetRoles(database.db);
  const { app, routes, mail } = await buildApp({
    database,
    clock,
    // XG_TEST_LOG=error shows the server's log, e.g. the cause of a 500 a test reports.
    logLevel: process.env.XG_TEST_LOG ?? 'silent',
    loginRateLimitPerMinute: opts.loginRateLimitPerMinute ?? 10_000,
    ...(opts.webDist ? { webDist: opts.webDist } : {}),
    ...(opts.allowedOrigins ? { allowedOrigins: opts.allowedOrigins } : {}),
    ...(opts.trustProxy !== undefined ? { trustProxy: opts.trustProxy } : {}),
    ...(opts.uploadMaxMb !== undefined ? { uploadMaxMb: opts.uploadMaxMb } : {}),
    mailer: opts.mailer ?? null,
  });
  await app.ready();
  afterAll(async () => {
    await mail.idle();
    await app.close();
    await database.close();
  });

  const request: TestApp['request'] = (method, url, o = {}) =>
    app.inject({
      method,
      url,
      headers: {
        ...(o.cookie ? { cookie: o.cookie } : {}),
        ...(o.lang ? { 'accept-language': o.lang } : {}),
        ...o.headers,
      },
      ...(o.body !== undefined ? { payload: o.body as object } : {}),
    });

  const login: TestApp['login'] = async (username, password = DEMO_PASSWORD) => {
    const res = await request('POST', '/api/auth/login', { body: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    return res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  };

  return {
    app,
    database,
    clock,
    routes,
    mail,
    login,
    request,
    userId: (u) => userIdByUsername(database.db, u),
    countQueries: async (run) => {
      const { result, queries } = await counter.count(run);
      return { res: result, queries };
    },
  };
}
