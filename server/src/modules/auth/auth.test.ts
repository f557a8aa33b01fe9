import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createTestApp } from '../../../test/test-app.js';
import { DEMO_PASSWORD } from '../../demo/demo-org.js';
import { auditLog } from '../../platform/audit/tables.js';
import { MINUTE_MS } from '../../platform/clock.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import type { PolicyDef } from '../../platform/policies/define.js';
import { readPolicy } from '../../platform/policies/read.js';
import { lockMinutes, maxFailedLogins } from '../../platform/sessions/policies.js';

const cookieOf = (res: LightMyRequestResponse) => res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');

describe('sign-in', async () => {
  const t = await createTestApp();
  const policy = <S extends z.ZodType>(def: PolicyDef<S>) => readPolicy(t.database.db, def, t.clock.now());
  const signIn = (username: string, password: string, lang?: string) =>
    t.request('POST', '/api/auth/login', { body: { username, password }, ...(lang ? { lang } : {}) });
  const loginResults = async (username: string) => {
    const admin = await t.login('admin');
    const res = await t.request('GET', `/api/login-log?username=${username}&pageSize=200`, { cookie: admin });
    return res.json().items as { username: string; userId: string | null; result: string }[];
  };

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

  it('the web learns the company time zone (policy) from /api/me and from the sign-in answer', async () => {
    const res = await t.request('POST', '/api/auth/login', {
      body: { username: 'rep02', password: 'xiaoguan2026' },
    });
    expect(res.json().timeZone).toBe(await policy(companyTimeZone));
    const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    expect((await t.request('GET', '/api/me', { cookie })).json().timeZone).toBe('Asia/Shanghai');
  });

  it('ORG-5: an unknown username and a known one answer byte-identically, also past the lock-out threshold', async () => {
    const max = await policy(maxFailedLogins);
    const first = await signIn('nobody', 'nope-nope');
    expect(first.statusCode).toBe(401);
    expect(first.json().error.code).toBe('INVALID_CREDENTIALS');
    for (let i = 0; i < max + 3; i++) {
      const known = await signIn('rep02', 'nope-nope');
      const unknown = await signIn('nobody', 'nope-nope');
      expect([known.statusCode, unknown.statusCode]).toEqual([401, 401]);
      expect(known.body).toBe(first.body);
      expect(unknown.body).toBe(first.body);
      expect(known.headers['content-type']).toBe(unknown.headers['content-type']);
    }
    // rep02 is locked now: even the right password gets the same answer as an unknown name.
    const locked = await signIn('rep02', DEMO_PASSWORD);
    expect(locked.statusCode).toBe(401);
    expect(locked.body).toBe(first.body);
    const en = [await signIn('rep02', DEMO_PASSWORD, 'en'), await signIn('nobody', 'nope-nope', 'en')];
    expect(en.map((r) => r.statusCode)).toEqual([401, 401]);
    expect(en[0]?.body).toBe(en[1]?.body);
    expect(en[0]?.json().error.message).toBe('Wrong username or password');
    // An unknown name is audited like a wrong password, on the same write path (same work, same time).
    const failed = await t.database.db
      .select({ entity: auditLog.entity, entityId: auditLog.entityId })
      .from(auditLog)
      .where(eq(auditLog.action, 'auth.login_failed'));
    expect(failed).toContainEqual({ entity: 'username', entityId: 'nobody' });
    expect(failed.some((r) => r.entity === 'user')).toBe(true);
  });

  it('ORG-5: the policy number of failures locks the account for the policy minutes; the right password is refused until then', async () => {
    const max = await policy(maxFailedLogins);
    const minutes = await policy(lockMinutes);
    for (let i = 0; i < max; i++) {
      const r = await signIn('rep03', 'wrong-pass');
      expect(r.statusCode).toBe(401);
      expect(r.json().error.code).toBe('INVALID_CREDENTIALS');
    }
    const right = await signIn('rep03', DEMO_PASSWORD);
    expect(right.statusCode).toBe(401);
    expect(right.json().error.code).toBe('INVALID_CREDENTIALS');
    t.clock.advance(minutes * MINUTE_MS - 1000);
    expect((await signIn('rep03', DEMO_PASSWORD)).statusCode).toBe(401);
    t.clock.advance(2000);
    expect((await signIn('rep03', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('ORG-5: the lock-out threshold is read from the policy engine', async () => {
    const admin = await t.login('admin');
    const set = await t.request('PUT', '/api/policies/auth.maxFailedLogins', {
      cookie: admin,
      body: { value: 2 },
    });
    expect(set.statusCode).toBe(200);
    expect((await signIn('rep04', 'wrong-pass')).statusCode).toBe(401);
    expect((await signIn('rep04', 'wrong-pass')).statusCode).toBe(401);
    const right = await signIn('rep04', DEMO_PASSWORD);
    expect(right.statusCode).toBe(401);
    expect((await loginResults('rep04')).map((e) => e.result).sort()).toEqual([
      'bad_credentials',
      'bad_credentials',
      'locked',
    ]);
    await t.request('PUT', '/api/policies/auth.maxFailedLogins', { cookie: admin, body: { value: 5 } });
  });

  it('ORG-5: twenty wrong passwords at once lock the account: each failure is counted, none is lost', async () => {
    const max = await policy(maxFailedLogins);
    const minutes = await policy(lockMinutes);
    const attempts = await Promise.all(Array.from({ length: 20 }, () => signIn('rep11', 'wrong-pass')));
    expect(attempts.map((r) => r.statusCode)).toEqual(Array(20).fill(401));
    const results = (await loginResults('rep11')).map((e) => e.result);
    expect(results.filter((r) => r === 'bad_credentials')).toHaveLength(max);
    expect(results.filter((r) => r === 'locked')).toHaveLength(20 - max);

    expect((await signIn('rep11', DEMO_PASSWORD)).statusCode).toBe(401);
    t.clock.advance(minutes * MINUTE_MS - 1000);
    expect((await signIn('rep11', DEMO_PASSWORD)).statusCode).toBe(401);
    t.clock.advance(2000);
    const open = await signIn('rep11', DEMO_PASSWORD);
    expect(open.statusCode).toBe(200);
    expect(open.json().notices).toHaveLength(1);
  });

  it('ORG-5: after the next successful sign-in the user is told when the account was locked and after how many failures', async () => {
    const max = await policy(maxFailedLogins);
    const minutes = await policy(lockMinutes);
    const lockedAt = new Intl.DateTimeFormat('sv-SE', {
      timeZone: await policy(companyTimeZone),
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(t.clock.now());
    for (let i = 0; i < max; i++) await signIn('sup_south1', 'wrong-pass');
    t.clock.advance(minutes * MINUTE_MS + 1000);

    const zh = await signIn('sup_south1', DEMO_PASSWORD);
    expect(zh.statusCode).toBe(200);
    expect(zh.json().user.username).toBe('sup_south1');
    expect(zh.json().notices).toEqual([
      expect.objectContaining({ title: `您的账号于 ${lockedAt} 因连续 ${max} 次登录失败被锁定` }),
    ]);
    // Not read yet: the next sign-in shows it again, in the language asked for.
    const en = await signIn('sup_south1', DEMO_PASSWORD, 'en');
    const [notice] = en.json().notices;
    expect(notice.title).toBe(`Your account was locked at ${lockedAt} after ${max} failed sign-in attempts`);
    expect(notice.body).toContain(`after ${minutes} minutes`);

    const cookie = cookieOf(en);
    const inbox = await t.request('GET', '/api/notifications?unread=true', { cookie, lang: 'en' });
    expect(inbox.json().items.map((n: { id: string }) => n.id)).toContain(notice.id);
    expect((await t.request('POST', `/api/notifications/${notice.id}/read`, { cookie })).statusCode).toBe(
      200,
    );
    expect((await signIn('sup_south1', DEMO_PASSWORD)).json().notices).toEqual([]);
    // /api/me stays the plain profile.
    expect((await t.request('GET', '/api/me', { cookie })).json()).not.toHaveProperty('notices');
  });

  it('ORG-5: the login log keeps the real reason of every attempt, with who, when, IP and user agent', async () => {
    const rep03 = await loginResults('rep03');
    const results = rep03.map((e) => e.result);
    expect(results).toContain('bad_credentials');
    expect(results).toContain('locked');
    expect(results).toContain('success');
    expect(rep03[0]).toMatchObject({ username: 'rep03', ip: '127.0.0.1', userAgent: 'lightMyRequest' });
    const nobody = await loginResults('nobody');
    expect(nobody.length).toBeGreaterThan(0);
    expect(nobody.every((e) => e.result === 'unknown_user' && e.userId === null)).toBe(true);

    const admin = await t.login('admin');
    const file = await t.request('GET', '/api/login-log/export?username=nobody', {
      cookie: admin,
      lang: 'en',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets[0]?.getRow(2).getCell(3).value).toBe('Unknown username');
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
    expect(again.body).toBe((await signIn('nobody', 'xiaoguan2026')).body);
    expect((await loginResults('rep07')).map((e) => e.result)).toContain('disabled');
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

  it('ORG-5: changing one’s own password ends the other sessions; the one that changed it stays', async () => {
    const first = cookieOf(await signIn('rep12', DEMO_PASSWORD));
    const second = cookieOf(await signIn('rep12', DEMO_PASSWORD));
    const change = await t.request('PUT', '/api/me/password', {
      cookie: first,
      body: { currentPassword: DEMO_PASSWORD, newPassword: 'new-password-12' },
    });
    expect(change.statusCode).toBe(200);
    expect((await t.request('GET', '/api/me', { cookie: second })).statusCode).toBe(401);
    expect((await t.request('GET', '/api/me', { cookie: first })).statusCode).toBe(200);
    expect((await signIn('rep12', DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await signIn('rep12', 'new-password-12')).statusCode).toBe(200);
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
