import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';

describe('CUS-9: customer credit limit and rating', async () => {
  const t = await createTestApp();
  const rep01 = await t.login('rep01');

  const create = async (body: Record<string, unknown>) =>
    t.request('POST', '/api/customers', { cookie: rep01, body: { level: 'B', ...body } });

  it('CUS-9: a rep cannot give their own customer a credit limit, on create or edit', async () => {
    const refused = await create({ name: '信用测试甲公司', creditLimitFen: '50000000' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('CREDIT_NOT_PERMITTED');
    expect(Object.keys(refused.json().error.fields)).toEqual(['creditLimitFen']);

    const created = await create({ name: '信用测试甲公司' });
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json().customer.id;
    const edit = await t.request('PATCH', `/api/customers/${id}`, {
      cookie: rep01,
      body: { creditRating: 'AAA', industry: '建材' },
    });
    expect(edit.statusCode).toBe(403);
    expect(edit.json().error.fields).toHaveProperty('creditRating');
    // Other fields still edit; sending the unchanged (empty) credit values is not a change.
    const ok = await t.request('PATCH', `/api/customers/${id}`, {
      cookie: rep01,
      body: { industry: '建材', creditLimitFen: '' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('CUS-9: finance sets the limit and rating with a reason; audited, on the timeline, seen by the owner', async () => {
    const id = (await create({ name: '信用测试乙公司' })).json().customer.id;
    const finance = await t.login('finance');
    t.clock.advance(60_000);
    const set = await t.request('PUT', `/api/customers/${id}/credit`, {
      cookie: finance,
      body: { creditLimitFen: '123456789', creditRating: 'A', reason: '年度授信评审' },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ creditLimitFen: '123456789', creditRating: 'A' });
    const seen = (await t.request('GET', `/api/customers/${id}`, { cookie: rep01 })).json();
    expect(seen).toMatchObject({ creditLimitFen: '123456789', creditRating: 'A' });
    const timeline = (await t.request('GET', `/api/customers/${id}/timeline`, { cookie: rep01 })).json();
    expect(timeline.items[0]).toMatchObject({ kind: 'customer.credit' });
    expect(timeline.items[0].summary['zh-CN']).toContain('¥1,234,567.89');
    const audit = (
      await t.request('GET', `/api/customers/${id}/history`, { cookie: await t.login('director') })
    ).json();
    expect(audit.items[0]).toMatchObject({
      action: 'customer.credit',
      before: { creditLimitFen: null, creditRating: null },
      after: { creditLimitFen: '123456789', creditRating: 'A', reason: '年度授信评审' },
    });
    // The rep cannot use the credit route at all.
    const rep = await t.request('PUT', `/api/customers/${id}/credit`, {
      cookie: rep01,
      body: { creditLimitFen: '1', reason: 'x' },
    });
    expect(rep.statusCode).toBe(403);
  });
});
