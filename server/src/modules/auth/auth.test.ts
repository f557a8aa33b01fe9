import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { MINUTE_MS } from '../../platform/clock.js';

describe('sign-in', async () => {
  const t = await createTestApp();

  it('signs in with the demo password, sets an HttpOnly SameSite=Lax cookie, and /api/me tells who', async () => {
    const res = await t.request('POST', '/api/auth/login', {
      body: { username: 'rep01', password: 'xiaoguan2026' },
    });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const me = (await t.request('GET', '/api/me', { cookie })).json();
    expect(me.user.username).toBe('rep01');
    expect(me.superior.username).toBe('sup_east1');
    expect(me.roles.map((r: { code: string }) => r.code)).toEqual(['sales_rep']);
    expect(me.permissions['user:read']).toBe('own');
  });

  it('answers wrong password and unknown user with the same generic 401', async () => {
    const wrong = await t.request('POST', '/api/auth/login', {
      body: { username: 'rep02', password: 'nope-nope' },
    });
    const unknown = await t.request('POST', '/api/auth/login', {
      body: { username: 'nobody', password: 'nope-nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('ORG-5: five failures lock the account for ten minutes (both policies), then it opens again', async () => {
    for (let i = 0; i < 4; i++) {
      const r = await t.request('POST', '/api/auth/login', {
        body: { username: 'rep03', password: 'wrong-pass' },
      });
      expect(r.statusCode).toBe(401);
    }
    const fifth = await t.request('POST', '/api/auth/login', {
      body: { username: 'rep03', password: 'wrong-pass' },
    });
    expect(fifth.statusCode).toBe(423);
    const right = await t.request('POST', '/api/auth/login', {
      body: { username: 'rep03', password: 'xiaoguan2026' },
    });
    expect(right.statusCode).toBe(423);
    t.clock.advance(10 * MINUTE_MS + 1000);
    const later = await t.request('POST', '/api/auth/login', {
      body: { username: 'rep03', password: 'xiaoguan2026' },
    });
    expect(later.statusCode).toBe(200);
  });

  it('ORG-5: the lock-out threshold is read from the policy engine', async () => {
    const admin = await t.login('admin');
    const set = await t.request('PUT', '/api/policies/auth.maxFailedLogins', {
      cookie: admin,
      body: { value: 2 },
    });
    expect(set.statusCode).toBe(200);
    await t.request('POST', '/api/auth/login', { body: { username: 'rep04', password: 'wrong-pass' } });
    const second = await t.request('POST', '/api/auth/login', {
      body: { username: 'rep04', password: 'wrong-pass' },
    });
    expect(second.statusCode).toBe(423);
    await t.request('PUT', '/api/policies/auth.maxFailedLogins', { cookie: admin, body: { value: 5 } });
  });

  it('logs every attempt with who, when, IP, user agent and result', async () => {
    const admin = await t.login('admin');
    const res = await t.request('GET', '/api/login-log?username=rep03&pageSize=50', { cookie: admin });
    const results = res.json().items.map((e: { result: string }) => e.result);
    expect(results).toContain('bad_credentials');
    expect(results).toContain('locked');
    expect(results).toContain('success');
    expect(res.json().items[0]).toMatchObject({
      username: 'rep03',
      ip: '127.0.0.1',
      userAgent: 'lightMyRequest',
    });
  });

  it('ends a session after the idle timeout and after the absolute lifetime (policies)', async () => {
    const cookie = await t.login('rep05');
    t.clock.advance(119 * MINUTE_MS);
    expect((await t.request('GET', '/api/me', { cookie })).statusCode).toBe(200);
    t.clock.advance(121 * MINUTE_MS);
    expect((await t.request('GET', '/api/me', { cookie })).statusCode).toBe(401);

    const res = await t.request('POST', '/api/auth/login', {
      body: { username: 'rep06', password: 'xiaoguan2026' },
    });
    const fresh = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    for (let i = 0; i < 13; i++) {
      t.clock.advance(60 * MINUTE_MS);
      const r = await t.request('GET', '/api/me', { cookie: fresh });
      expect(r.statusCode).toBe(i < 11 ? 200 : 401);
    }
  });

  it('disabling a user ends all their sessions at once', async () => {
    const a = await t.request('POST', '/api/auth/login', {
      body: { username: 'rep07', password: 'xiaoguan2026' },
    });
    const b = await t.request('POST', '/api/auth/login', {
      body: { username: 'rep07', password: 'xiaoguan2026' },
    });
    const cookies = [a, b].map((r) => r.cookies.map((c) => `${c.name}=${c.value}`).join('; '));
    const admin = await t.login('admin');
    const id = await t.userId('rep07');
    expect((await t.request('POST', `/api/users/${id}/disable`, { cookie: admin })).statusCode).toBe(200);
    for (const cookie of cookies)
      expect((await t.request('GET', '/api/me', { cookie })).statusCode).toBe(401);
    const again = await t.request('POST', '/api/auth/login', {
      body: { username: 'rep07', password: 'xiaoguan2026' },
    });
    expect(again.statusCode).toBe(401);
  });

  it('logout ends the session', async () => {
    const res = await t.request('POST', '/api/auth/login', {
      body: { username: 'rep08', password: 'xiaoguan2026' },
    });
    const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    expect((await t.request('POST', '/api/auth/logout', { cookie })).statusCode).toBe(200);
    expect((await t.request('GET', '/api/me', { cookie })).statusCode).toBe(401);
  });

  it('changes one’s own password only with the right current password; admin can reset', async () => {
    const cookie = await t.login('rep09');
    const bad = await t.request('PUT', '/api/me/password', {
      cookie,
      body: { currentPassword: 'not-it', newPassword: 'new-password-1' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields.currentPassword).toBe('当前密码不正确');
    const ok = await t.request('PUT', '/api/me/password', {
      cookie,
      body: { currentPassword: 'xiaoguan2026', newPassword: 'new-password-1' },
    });
    expect(ok.statusCode).toBe(200);
    await t.login('rep09', 'new-password-1');
    const admin = await t.login('admin');
    const id = await t.userId('rep09');
    const reset = await t.request('POST', `/api/users/${id}/reset-password`, {
      cookie: admin,
      body: { newPassword: 'reset-password-2' },
    });
    expect(reset.statusCode).toBe(200);
    await t.login('rep09', 'reset-password-2');
  });

  it('remembers the UI language per user', async () => {
    const cookie = await t.login('rep10');
    await t.request('PUT', '/api/me/preferences', { cookie, body: { locale: 'en' } });
    expect((await t.request('GET', '/api/me', { cookie })).json().user.locale).toBe('en');
  });
});

describe('login rate limit', async () => {
  const t = await createTestApp({ demo: false, loginRateLimitPerMinute: 3 });

  it('answers 429 with Retry-After past the per-IP limit', async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof t.request>> | undefined;
    for (let i = 0; i < 4; i++) {
      last = await t.request('POST', '/api/auth/login', { body: { username: 'x', password: 'y' } });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(last?.headers['retry-after']).toBeDefined();
    expect(last?.json().error.code).toBe('RATE_LIMITED');
  });
});
