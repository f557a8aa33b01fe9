import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openPostgres } from '../src/db/client.js';
import { buildApp } from '../src/http/app.js';
import type { App } from '../src/http/types.js';
import { BusinessClock } from '../src/platform/clock.js';
import { createTestApp, type TestApp } from './test-app.js';
import { TEST_NOW } from './test-clock.js';
import { databaseUrlOf } from './test-db.js';

/** Sign-ins per minute per address; the sessions below take four from the test's own address. */
const LIMIT = 5;

/**
 * WEB_CONCURRENCY > 1, or several instances behind a proxy: two apps, each with its own pool, on
 * one PostgreSQL database must answer as one. (The embedded database belongs to one process, so
 * there is nothing to share there: the suite runs on PostgreSQL only.)
 */
describe.skipIf(!process.env.DATABASE_URL)('two app instances on one PostgreSQL database', () => {
  let t: TestApp;
  let second: Database;
  let b: App;
  beforeAll(async () => {
    t = await createTestApp({ loginRateLimitPerMinute: LIMIT });
    const url = databaseUrlOf(t.database);
    if (!url) throw new Error('no database URL');
    second = openPostgres(url, 5);
    const clock = new BusinessClock();
    clock.set(TEST_NOW);
    ({ app: b } = await buildApp({
      database: second,
      clock,
      logLevel: process.env.XG_TEST_LOG ?? 'silent',
      loginRateLimitPerMinute: LIMIT,
    }));
    await b.ready();
  });
  afterAll(async () => {
    await b?.close();
    await second?.close();
  });

  const onB = (url: string, cookie: string) => b.inject({ method: 'GET', url, headers: { cookie } });
  const signIn = (app: App, remoteAddress: string, username: string, password = 'wrong') =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      remoteAddress,
    });

  it('a session signed in on one instance is served by the other', async () => {
    const cookie = await t.login('rep01');
    const me = await onB('/api/me', cookie);
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe('rep01');
  });

  it('a session signed out on one instance is refused by the other at its next request', async () => {
    const cookie = await t.login('rep02');
    expect((await onB('/api/me', cookie)).statusCode).toBe(200);
    const out = await t.request('POST', '/api/auth/logout', { cookie });
    expect(out.statusCode).toBeLessThan(300);
    expect((await onB('/api/me', cookie)).statusCode).toBe(401);
  });

  it('ORG-5: a user disabled through one instance is refused by the other at the next request', async () => {
    const cookie = await t.login('rep03');
    expect((await onB('/api/me', cookie)).statusCode).toBe(200);
    const admin = await t.login('admin');
    const disabled = await t.request('POST', `/api/users/${await t.userId('rep03')}/disable`, {
      cookie: admin,
    });
    expect(disabled.statusCode).toBe(200);
    expect((await onB('/api/me', cookie)).statusCode).toBe(401);
  });

  it('the sign-in limit counts the attempts made on both instances', async () => {
    const ip = '203.0.113.7';
    const statuses: number[] = [];
    let last: LightMyRequestResponse | undefined;
    for (const app of [t.app, b, t.app, b, t.app, b]) {
      last = await signIn(app, ip, 'rep04');
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect(last?.json().error.code).toBe('RATE_LIMITED');
    // Another address has its own count, on either instance.
    expect((await signIn(b, '203.0.113.8', 'rep04')).statusCode).toBe(401);
  });
});
