import type { Database } from '../server/src/db/client.js';
import { DEMO_PASSWORD } from '../server/src/demo/demo-org.js';
import { buildApp } from '../server/src/http/app.js';
import type { App } from '../server/src/http/types.js';
import { BusinessClock } from '../server/src/platform/clock.js';

/** The real application over a bench database, in this process (requests through `app.inject`). */
export async function buildBenchApp(database: Database): Promise<App> {
  const { app } = await buildApp({
    database,
    clock: new BusinessClock(),
    logLevel: 'silent',
    loginRateLimitPerMinute: 1_000_000,
  });
  await app.ready();
  return app;
}

/** Signs a demo user in through the app; the session cookie for later requests. */
export async function signIn(app: App, username: string): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  return res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}
