import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';

/** Ownership changes at the edges of access: collaborators, and customers the actor cannot see. */
describe('customer ownership at the edges of access (CUS-1, ORG-5)', async () => {
  const t = await createTestApp();
  const cookies: Record<string, string> = {};
  const as = async (u: string) => {
    cookies[u] ??= await t.login(u);
    return cookies[u];
  };
  const create = async (by: string, name: string) => {
    const res = await t.request('POST', '/api/customers', {
      cookie: await as(by),
      body: { name, level: 'B' },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().customer.id as string;
  };

  it('CUS-1: a read-write collaborator may edit the customer but not release it to the pool (and so cannot claim it for themselves)', async () => {
    const id = await create('rep01', '协作人不能退回的客户');
    const rep02 = await t.userId('rep02');
    const added = await t.request('PUT', `/api/customers/${id}/collaborators/${rep02}`, {
      cookie: await as('rep01'),
      body: { access: 'write' },
    });
    expect(added.statusCode).toBe(200);
    const edit = await t.request('PATCH', `/api/customers/${id}`, {
      cookie: await as('rep02'),
      body: { industry: '制造' },
    });
    expect(edit.statusCode).toBe(200);
    const release = await t.request('POST', `/api/customers/${id}/release`, {
      cookie: await as('rep02'),
      body: { reason: '想自己领取' },
    });
    expect(release.statusCode).toBe(403);
    const customer = await t.request('GET', `/api/customers/${id}`, { cookie: await as('rep01') });
    expect(customer.json().owner).toMatchObject({ username: 'rep01' });
    // The owner still may.
    const byOwner = await t.request('POST', `/api/customers/${id}/release`, {
      cookie: await as('rep01'),
      body: { reason: '不再跟进' },
    });
    expect(byOwner.statusCode).toBe(200);
  });
});
