import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';

const cookieOf = (res: LightMyRequestResponse) => res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');

/**
 * ORG-5: the actor behind a session is kept in memory between requests (ADR 18), yet every
 * change of who may do what counts from the very next request — made through the app or, as
 * another server process would, straight in the database.
 */
describe('ORG-5: the cached actor of a session follows every change at once', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const me = (cookie: string) => t.request('GET', '/api/me', { cookie });
  /** Signs in and makes two requests, so the actor is resolved and then served from the cache. */
  const signedIn = async (username: string) => {
    const res = await t.request('POST', '/api/auth/login', {
      body: { username, password: 'xiaoguan2026' },
    });
    expect(res.statusCode).toBe(200);
    const cookie = cookieOf(res);
    expect((await me(cookie)).statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(200);
    return cookie;
  };
  const userNames = async (cookie: string) => {
    const res = await t.request('GET', '/api/users?pageSize=200', { cookie });
    expect(res.statusCode).toBe(200);
    return (res.json().items as { username: string }[]).map((u) => u.username).sort();
  };

  it('ORG-5: a disabled user’s cached session fails on the next request', async () => {
    const cookie = await signedIn('rep04');
    const admin = await t.login('admin');
    const id = await t.userId('rep04');
    expect((await t.request('POST', `/api/users/${id}/disable`, { cookie: admin })).statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('ORG-5: a user disabled by another process (only the row changed) is refused on the next request', async () => {
    const cookie = await signedIn('rep05');
    const id = await t.userId('rep05');
    await db.execute(sql`update users set status = 'disabled' where id = ${id}`);
    expect((await me(cookie)).statusCode).toBe(401);
    // The session itself was not ended: enabled again, the same cookie works.
    await db.execute(sql`update users set status = 'active' where id = ${id}`);
    expect((await me(cookie)).statusCode).toBe(200);
  });

  it('ORG-5: logout, or a session ended elsewhere, ends the cached session at once', async () => {
    const a = await signedIn('rep06');
    expect((await t.request('POST', '/api/auth/logout', { cookie: a })).statusCode).toBe(200);
    expect((await me(a)).statusCode).toBe(401);
    const b = await signedIn('rep06');
    const id = await t.userId('rep06');
    await db.execute(sql`update sessions set ended_at = now(), end_reason = 'test' where user_id = ${id}`);
    expect((await me(b)).statusCode).toBe(401);
  });

  it('ORG-5: a role given, a role’s grants changed and a grant removed elsewhere count from the next request', async () => {
    const cookie = await signedIn('rep07');
    const roleList = () => t.request('GET', '/api/roles', { cookie });
    expect((await me(cookie)).json().permissions['role:read']).toBeUndefined();
    expect((await roleList()).statusCode).toBe(403);
    const admin = await t.login('admin');
    const created = await t.request('POST', '/api/roles', {
      cookie: admin,
      body: {
        code: 'role_reader',
        nameZh: '角色查阅',
        nameEn: 'Role reader',
        permissions: [{ permission: 'role:read', scope: 'own' }],
      },
    });
    expect(created.statusCode).toBe(200);
    const roleId = created.json().id as string;
    const id = await t.userId('rep07');
    const current = (await t.request('GET', `/api/users/${id}`, { cookie: admin })).json().roles as {
      id: string;
    }[];
    const given = await t.request('PATCH', `/api/users/${id}`, {
      cookie: admin,
      body: { roleIds: [...current.map((r) => r.id), roleId] },
    });
    expect(given.statusCode).toBe(200);
    expect((await me(cookie)).json().permissions['role:read']).toBe('own');
    expect((await roleList()).statusCode).toBe(200);

    const changed = await t.request('PATCH', `/api/roles/${roleId}`, {
      cookie: admin,
      body: { permissions: [{ permission: 'role:read', scope: 'all' }] },
    });
    expect(changed.statusCode).toBe(200);
    expect((await me(cookie)).json().permissions['role:read']).toBe('all');

    await db.execute(sql`delete from role_permissions where role_id = ${roleId}`);
    expect((await me(cookie)).json().permissions['role:read']).toBeUndefined();
    expect((await roleList()).statusCode).toBe(403);
  });

  it('ORG-5: a user moved to another unit sees that unit’s people on the next request', async () => {
    const cookie = await signedIn('assistant_east');
    const before = await userNames(cookie);
    expect(before).toContain('rep01');
    expect(before).not.toContain('manager_south');
    const admin = await t.login('admin');
    const [id, south] = await Promise.all([t.userId('assistant_east'), t.userId('manager_south')]);
    const southUnit = (await t.request('GET', `/api/users/${south}`, { cookie: admin })).json().unit.id;
    const moved = await t.request('POST', `/api/users/${id}/move`, {
      cookie: admin,
      body: { unitId: southUnit, superiorId: south, position: '销售助理', reason: '调往华南' },
    });
    expect(moved.statusCode).toBe(200);
    const after = await userNames(cookie);
    expect(after).toContain('manager_south');
    expect(after).not.toContain('rep01');
  });
});
