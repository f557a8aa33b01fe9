import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';

describe('policies (foundation part of the policy engine)', async () => {
  const t = await createTestApp();

  it('lists each policy with its default, current value, rule IDs and versioned history', async () => {
    const admin = await t.login('admin');
    const set = await t.request('PUT', '/api/policies/auth.lockMinutes', {
      cookie: admin,
      body: { value: 15, note: '安全检查后调整' },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ id: 'auth.lockMinutes', default: 10, value: 15, ruleIds: ['ORG-5'] });
    expect(set.json().history[0]).toMatchObject({
      value: 15,
      note: '安全检查后调整',
      setBy: { username: 'admin' },
    });
    const list = (await t.request('GET', '/api/policies', { cookie: await t.login('rep01') })).json().items;
    expect(list.find((p: { id: string }) => p.id === 'auth.lockMinutes').value).toBe(15);
  });

  it('a value effective in the future does not apply yet', async () => {
    const admin = await t.login('admin');
    const future = new Date(t.clock.now().getTime() + 86_400_000).toISOString();
    await t.request('PUT', '/api/policies/auth.sessionIdleMinutes', {
      cookie: admin,
      body: { value: 5, effectiveFrom: future },
    });
    const list = (await t.request('GET', '/api/policies', { cookie: admin })).json().items;
    expect(list.find((p: { id: string }) => p.id === 'auth.sessionIdleMinutes').value).toBe(120);
  });

  it('a value outside the policy schema is refused on its field', async () => {
    const admin = await t.login('admin');
    const res = await t.request('PUT', '/api/policies/auth.maxFailedLogins', {
      cookie: admin,
      body: { value: 'many' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.value).toBe('取值不符合该参数的格式');
    const unknown = await t.request('PUT', '/api/policies/no.such', { cookie: admin, body: { value: 1 } });
    expect(unknown.statusCode).toBe(404);
  });
});
