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
    const list = (await t.request('GET', '/api/policies', { cookie: await t.login('sup_east1') })).json()
      .items;
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

describe('ORG-7: regional overrides', async () => {
  const t = await createTestApp();
  const unit = async (cookie: string, code: string) =>
    (await t.request('GET', '/api/units', { cookie }))
      .json()
      .items.find((u: { code: string }) => u.code === code);

  it('ORG-7: a regional manager overrides a policy for their region only, filed with a note, listed for HQ; the sales director acknowledges it, not the administrator', async () => {
    const rm = await t.login('rm_east');
    const east = await unit(rm, 'EAST');
    const south = await unit(rm, 'SOUTH');
    const own = await t.request('PUT', `/api/policies/customer.poolWarningDays/overrides/${east.id}`, {
      cookie: rm,
      body: { value: 5, note: '华东大区实施细则第 3 条' },
    });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().overrides[0]).toMatchObject({
      value: 5,
      unit: { name: '华东大区' },
      acknowledgedAt: null,
    });
    const other = await t.request('PUT', `/api/policies/customer.poolWarningDays/overrides/${south.id}`, {
      cookie: rm,
      body: { value: 5, note: '越权' },
    });
    expect(other.statusCode).toBe(404);

    const director = await t.login('director');
    const pending = (
      await t.request('GET', '/api/policy-overrides?pending=true', { cookie: director })
    ).json().items;
    expect(pending).toHaveLength(1);
    // Filed with the HQ sales department: the administrator may not acknowledge it.
    const admin = await t.login('admin');
    const byAdmin = await t.request('POST', `/api/policy-overrides/${pending[0].id}/acknowledge`, {
      cookie: admin,
    });
    expect(byAdmin.statusCode).toBe(403);
    const ack = await t.request('POST', `/api/policy-overrides/${pending[0].id}/acknowledge`, {
      cookie: director,
    });
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json().acknowledgedBy.username).toBe('director');
    expect(
      (await t.request('GET', '/api/policy-overrides?pending=true', { cookie: director })).json().items,
    ).toHaveLength(0);
  });

  it('ORG-7: a unit reads its region’s override; other regions and HQ keep the company value', async () => {
    const admin = await t.login('admin');
    const team = await unit(admin, 'EAST-T1');
    const southTeam = await unit(admin, 'SOUTH-T1');
    const value = async (unitId?: string) =>
      (await t.request('GET', `/api/policies${unitId ? `?unitId=${unitId}` : ''}`, { cookie: admin }))
        .json()
        .items.find((p: { id: string }) => p.id === 'customer.poolWarningDays').value;
    expect(await value(team.id)).toBe(5);
    expect(await value(southTeam.id)).not.toBe(5);
    expect(await value()).not.toBe(5);
  });

  it('ORG-7: only a region may override, and the override is audited', async () => {
    const admin = await t.login('admin');
    const team = await unit(admin, 'EAST-T1');
    const res = await t.request('PUT', `/api/policies/customer.poolWarningDays/overrides/${team.id}`, {
      cookie: admin,
      body: { value: 3, note: 'x' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('POLICY_OVERRIDE_REGION_ONLY');
    const log = (await t.request('GET', '/api/audit?action=policy.override', { cookie: admin })).json();
    expect(log.total).toBe(1);
  });

  it('ORG-7: lists the regulations catalogue with each rule’s original Chinese sentence and its English reading', async () => {
    const res = await t.request('GET', '/api/rules', { cookie: await t.login('sup_east1') });
    const org = res.json().chapters.find((c: { id: string }) => c.id === 'ORG');
    expect(org.title['zh-CN']).toBe('组织、指挥与权限');
    const rule = org.rules.find((r: { id: string }) => r.id === 'ORG-7');
    expect(rule.source['zh-CN']).toBe('各大区应结合实际情况，制定具体实施方案，并报公司销售部备案。');
    expect(rule.source.en).toContain('file them with HQ');
    expect(rule.system['zh-CN']).toContain('备案');
  });
});
