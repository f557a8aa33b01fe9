import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';

/** Text and dates the database cannot store are field errors, never a 500. */
describe('customer file: text and dates out of the database’s range (CUS-1, CUS-8)', async () => {
  const t = await createTestApp();
  const cookie = await t.login('rep01');
  const created = await t.request('POST', '/api/customers', {
    cookie,
    body: { name: '文本边界公司', level: 'B' },
  });
  const id = created.json().customer.id as string;

  it('CUS-1: a NUL character in a body field or a search is a 400 on that field', async () => {
    const body = await t.request('POST', '/api/customers', {
      cookie,
      body: { name: 'a\u0000b', level: 'B' },
    });
    expect(body.statusCode).toBe(400);
    expect(body.json().error.fields).toHaveProperty('name');
    const nested = await t.request('POST', `/api/customers/${id}/contacts`, {
      cookie,
      body: { name: '王', phones: ['13800138000'], remark: 'x\u0000' },
      lang: 'en',
    });
    expect(nested.statusCode).toBe(400);
    expect(nested.json().error.fields.remark).toMatch(/NUL/);
    const search = await t.request('GET', '/api/customers?q=a%00b', { cookie });
    expect(search.statusCode).toBe(400);
    expect(search.json().error.fields).toHaveProperty('q');
  });

  it('CUS-8: a date or time in year 0 (PostgreSQL has none) is a 400 on the field', async () => {
    const opp = await t.request('POST', '/api/opportunities', {
      cookie,
      body: { customerId: id, name: '商机', amountFen: '100', expectedCloseDate: '0000-01-01' },
    });
    expect(opp.statusCode).toBe(400);
    expect(opp.json().error.fields).toHaveProperty('expectedCloseDate');
    const followUp = await t.request('POST', `/api/customers/${id}/follow-ups`, {
      cookie,
      body: { kind: 'phone', occurredAt: '0000-06-01T00:00:00Z', content: '电话' },
    });
    expect(followUp.statusCode).toBe(400);
    expect(followUp.json().error.fields).toHaveProperty('occurredAt');
  });
});
