import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';

describe('公海 preview before claiming (CUS-1, CUS-8, ORG-5)', async () => {
  const t = await createTestApp();
  const cookies: Record<string, string> = {};
  const as = async (u: string) => {
    cookies[u] ??= await t.login(u);
    return cookies[u];
  };

  it('CUS-8: a rep reads a pool customer read-only — description, contact names, latest follow-ups — without phones; an owned customer answers 404', async () => {
    const created = await t.request('POST', '/api/customers', {
      cookie: await as('rep01'),
      body: {
        name: '公海预览测试有限公司',
        level: 'C',
        industry: '化工',
        phone: '021-5555 0101',
        contact: { name: '周经理', title: '采购部', phones: ['13900001111'] },
      },
    });
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json().customer.id;
    t.clock.advance(60_000);
    const followUp = await t.request('POST', `/api/customers/${id}/follow-ups`, {
      cookie: await as('rep01'),
      body: { kind: 'phone', occurredAt: t.clock.now().toISOString(), content: '客户暂无采购计划' },
    });
    expect(followUp.statusCode, followUp.body).toBe(200);
    // Owned: not in the pool, so no preview.
    const owned = await t.request('GET', `/api/customers/pool/${id}`, { cookie: await as('rep02') });
    expect(owned.statusCode).toBe(404);
    t.clock.advance(60_000);
    const released = await t.request('POST', `/api/customers/${id}/release`, {
      cookie: await as('rep01'),
      body: { reason: '客户暂无需求' },
    });
    expect(released.statusCode, released.body).toBe(200);

    const res = await t.request('GET', `/api/customers/pool/${id}`, { cookie: await as('rep07') });
    expect(res.statusCode, res.body).toBe(200);
    const preview = res.json();
    expect(preview).toMatchObject({
      id,
      name: '公海预览测试有限公司',
      industry: '化工',
      previousOwner: { username: 'rep01' },
      contacts: [{ name: '周经理', title: '采购部' }],
      followUps: [{ kind: 'phone', content: '客户暂无采购计划', author: { username: 'rep01' } }],
      claimableFrom: null,
    });
    // ORG-5: no phone numbers, e-mail or credit data until claimed.
    const text = JSON.stringify(preview);
    expect(text).not.toContain('13900001111');
    expect(text).not.toContain('02155550101');
    expect(preview).not.toHaveProperty('phone');
    expect(preview).not.toHaveProperty('creditLimitFen');
    // The previous owner sees when they may claim it again.
    const mine = await t.request('GET', `/api/customers/pool/${id}`, { cookie: await as('rep01') });
    expect(mine.json().claimableFrom).not.toBeNull();
    // The finance role has no pool access.
    const finance = await t.request('GET', `/api/customers/pool/${id}`, { cookie: await as('finance') });
    expect(finance.statusCode).toBe(403);
  });
});
