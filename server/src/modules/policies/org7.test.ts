import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { loadActor } from '../../platform/access/actor.js';
import { todoSources } from '../../platform/todo/sources.js';

describe('ORG-7: business and system policies; filings in the HQ sales department’s 待办', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const put = async (user: string, url: string, body: unknown) =>
    t.request('PUT', url, { cookie: await t.login(user), body });
  const list = async (user: string) =>
    (await t.request('GET', '/api/policies', { cookie: await t.login(user) })).json();

  it('ORG-7: the sales director sets business policies; sign-in and session settings stay with the administrator (403)', async () => {
    const business = await put('director', '/api/policies/ar.collectionDays', { value: 30, note: '重申' });
    expect(business.statusCode, business.body).toBe(200);
    expect(business.json()).toMatchObject({
      systemOnly: false,
      history: [{ setBy: { username: 'director' } }],
    });
    for (const id of ['auth.lockMinutes', 'auth.sessionIdleMinutes', 'company.timeZone']) {
      const refused = await put('director', `/api/policies/${id}`, { value: 15 });
      expect(refused.statusCode, id).toBe(403);
      expect(refused.json().error.code).toBe('FORBIDDEN');
    }
    const byAdmin = await put('admin', '/api/policies/auth.lockMinutes', { value: 15 });
    expect(byAdmin.statusCode, byAdmin.body).toBe(200);
    expect(byAdmin.json().systemOnly).toBe(true);
    // A region overrides business policies only.
    const east = (await t.request('GET', '/api/units', { cookie: await t.login('rm_east') }))
      .json()
      .items.find((u: { code: string }) => u.code === 'EAST');
    const regional = await put('rm_east', `/api/policies/auth.lockMinutes/overrides/${east.id}`, {
      value: 60,
      note: '大区自定',
    });
    expect(regional.statusCode).toBe(403);
    // The policy centre says which is which and what each person may do.
    const director = await list('director');
    expect(director.can).toEqual({ editBusiness: true, editSystem: false, acknowledge: true });
    expect(director.items.find((p: { id: string }) => p.id === 'auth.maxFailedLogins').systemOnly).toBe(true);
    expect(director.items.find((p: { id: string }) => p.id === 'quote.validityDays').systemOnly).toBe(false);
    expect((await list('admin')).can).toEqual({ editBusiness: true, editSystem: true, acknowledge: false });
    expect((await list('sup_east1')).can).toEqual({
      editBusiness: false,
      editSystem: false,
      acknowledge: false,
    });
  });

  it('ORG-7: a filed override is a 待办 item of the sales director (and of roles the policy adds), not of the administrator', async () => {
    const source = todoSources().find((s) => s.key === 'policies.filingsToAcknowledge');
    expect(source).toBeTruthy();
    const todoOf = async (username: string) => {
      const actor = (await loadActor(db, await t.userId(username)))!;
      const now = t.clock.now();
      const [c] = await queryRows<{ n: number }>(db, sql`select ${source!.count(db, actor, now)} as n`);
      const first = await source!.first(db, actor, now, 10);
      return { count: Number(c!.n), ...first };
    };
    const before = await todoOf('director');
    const east = (await t.request('GET', '/api/units', { cookie: await t.login('rm_east') }))
      .json()
      .items.find((u: { code: string }) => u.code === 'EAST');
    const filed = await put('rm_east', `/api/policies/quote.validityDays/overrides/${east.id}`, {
      value: 20,
      note: '华东报价有效期',
    });
    expect(filed.statusCode, filed.body).toBe(200);
    const overrideId = filed.json().overrides[0].id as string;

    const director = await todoOf('director');
    expect(director.count).toBe(before.count + 1);
    expect(director.total).toBe(director.count);
    const row = director.items.find((i) => i.id === overrideId);
    expect(row).toMatchObject({ subject: '华东大区', link: '/policies?tab=filings' });
    expect(row!.title['zh-CN']).toContain('确认备案');
    for (const other of ['admin', 'gm', 'rm_east', 'rep01'])
      expect((await todoOf(other)).count, other).toBe(0);

    // The policy names the GM as well: the GM sees it and may acknowledge it.
    const named = await put('director', '/api/policies/policy.filingRecipients', {
      value: ['sales_director', 'gm'],
    });
    expect(named.statusCode, named.body).toBe(200);
    const unknownRole = await put('director', '/api/policies/policy.filingRecipients', { value: ['nobody'] });
    expect(unknownRole.statusCode).toBe(400);
    expect(unknownRole.json().error.fields.value).toContain('nobody');
    expect((await todoOf('gm')).items.map((i) => i.id)).toContain(overrideId);
    const ack = await t.request('POST', `/api/policy-overrides/${overrideId}/acknowledge`, {
      cookie: await t.login('gm'),
    });
    expect(ack.statusCode, ack.body).toBe(200);
    expect((await todoOf('director')).count).toBe(before.count);
    expect((await todoOf('gm')).count).toBe(0);
  });
});
