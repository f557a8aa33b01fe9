import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A valid 统一社会信用代码 from 17 characters (the check character appended). */
function creditCode(base: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(base.charAt(i)) * (WEIGHTS[i] ?? 0);
  return base + ALPHABET.charAt((31 - (sum % 31)) % 31);
}

describe('no 撞单: duplicates refused, collaboration or transfer by approval (CUS-1)', async () => {
  const t = await createTestApp();
  const cookies: Record<string, string> = {};
  const as = async (u: string) => {
    cookies[u] ??= await t.login(u);
    return cookies[u];
  };
  const post = async (by: string, url: string, body: Record<string, unknown>) => {
    const res = await t.request('POST', url, { cookie: await as(by), body });
    t.clock.advance(60_000);
    return res;
  };
  const create = async (by: string, body: Record<string, unknown>) => {
    const res = await post(by, '/api/customers', { level: 'B', ...body });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().customer as { id: string; name: string };
  };
  /** How many customers of this exact name the director (whole company) sees. */
  const countNamed = async (name: string) => {
    const res = await t.request('GET', `/api/customers?q=${encodeURIComponent(name)}&pageSize=50`, {
      cookie: await as('director'),
    });
    return (res.json().items as { name: string }[]).filter((c) => c.name === name).length;
  };
  const setPolicy = async (id: string, value: unknown) => {
    const res = await t.request('PUT', `/api/policies/${id}`, { cookie: await as('admin'), body: { value } });
    expect(res.statusCode, res.body).toBe(200);
  };

  it('CUS-1: an exact duplicate of another rep’s customer is refused with 409 naming it and its owner, and nothing is saved', async () => {
    const first = await create('rep01', { name: '苏州工业园区星辰电子有限公司', phone: '0512-6666 1001' });
    const res = await post('rep02', '/api/customers', { name: '苏州工业园区星辰电子有限公司', level: 'B' });
    expect(res.statusCode).toBe(409);
    const error = res.json().error;
    expect(error.code).toBe('CUSTOMER_DUPLICATE');
    expect(error.message).toMatch(/已有相同的客户/);
    // Only what is needed: the name, the owner and the link (id) — not the rest of the file.
    expect(error.details.duplicates).toEqual([
      {
        id: first.id,
        name: '苏州工业园区星辰电子有限公司',
        by: ['name'],
        owner: expect.objectContaining({ username: 'rep01', displayName: '赵磊' }),
        inPool: false,
      },
    ]);
    expect(Object.keys(error.details.duplicates[0].owner).sort()).toEqual(['displayName', 'id', 'username']);
    expect(await countNamed('苏州工业园区星辰电子有限公司')).toBe(1);
    // rep02 still cannot open rep01's customer (outside their scope).
    const peek = await t.request('GET', `/api/customers/${first.id}`, { cookie: await as('rep02') });
    expect(peek.statusCode).toBe(404);
  });

  it('CUS-1: the same credit code, the same phone (company or contact) or the same normalised name is refused, also across regions', async () => {
    const code = creditCode('91440300MA5NXDUP1');
    const first = await create('rep07', {
      name: '深圳南山海岸线科技有限公司',
      creditCode: code,
      phone: '0755-2666 8888',
      contact: { name: '林总', phones: ['13922224444'] },
    });
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '完全不同的名字甲公司', creditCode: code }, 'creditCode'],
      [{ name: '完全不同的名字乙公司', phone: '0755 26668888' }, 'phone'],
      [{ name: '完全不同的名字丙公司', contact: { name: '某人', phones: ['+86 139 2222 4444'] } }, 'phone'],
      [{ name: '深圳 南山海岸线科技公司' }, 'name'],
    ];
    for (const [body, by] of cases) {
      const res = await post('rep01', '/api/customers', { level: 'B', ...body });
      expect(res.statusCode, JSON.stringify(body)).toBe(409);
      const found = res.json().error.details.duplicates;
      expect(found).toEqual([expect.objectContaining({ id: first.id, by: [by] })]);
      expect(found[0].owner.username).toBe('rep07');
    }
    expect(await countNamed('完全不同的名字甲公司')).toBe(0);
  });

  it('CUS-1: two reps filing the same customer at the same moment — one is saved, the other refused', async () => {
    const name = '扬州同时建档测试有限公司';
    const [a, b] = await Promise.all([
      t.request('POST', '/api/customers', { cookie: await as('rep05'), body: { name, level: 'B' } }),
      t.request('POST', '/api/customers', { cookie: await as('rep06'), body: { name, level: 'B' } }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect(await countNamed(name)).toBe(1);
  });

  it('CUS-1: the policy customer.duplicatesAllowedTypes lets the listed types through, flagged', async () => {
    await create('rep03', { name: '上海同行业测试有限公司', type: 'peer' });
    const refused = await post('rep04', '/api/customers', {
      name: '上海同行业测试有限公司',
      level: 'B',
      type: 'peer',
    });
    expect(refused.statusCode).toBe(409);
    await setPolicy('customer.duplicatesAllowedTypes', ['peer']);
    try {
      const allowed = await post('rep04', '/api/customers', {
        name: '上海同行业测试有限公司',
        level: 'B',
        type: 'peer',
      });
      expect(allowed.statusCode, allowed.body).toBe(200);
      expect(allowed.json().duplicates).toEqual([expect.objectContaining({ by: ['name'] })]);
      // Another type is still refused.
      const other = await post('rep05', '/api/customers', {
        name: '上海同行业测试有限公司',
        level: 'B',
        type: 'target',
      });
      expect(other.statusCode).toBe(409);
    } finally {
      await setPolicy('customer.duplicatesAllowedTypes', []);
    }
  });

  it('CUS-1: a refused rep requests collaboration; the owner’s superior approves; the rep joins the team', async () => {
    const first = await create('rep01', { name: '无锡太湖协作测试有限公司' });
    const res = await post('rep02', `/api/customers/${first.id}/duplicate-requests`, {
      kind: 'collaborate',
      reason: '客户主动联系我询价',
    });
    expect(res.statusCode, res.body).toBe(200);
    const request = res.json();
    expect(request).toMatchObject({
      kind: 'collaborate',
      status: 'pending',
      customer: { id: first.id, name: '无锡太湖协作测试有限公司' },
      owner: { username: 'rep01' },
    });
    // A second request while one is pending is refused.
    const again = await post('rep02', `/api/customers/${first.id}/duplicate-requests`, {
      kind: 'transfer',
      reason: '再次申请',
    });
    expect(again.statusCode).toBe(409);
    // The requester sees it among their submissions; the owner's superior has it to decide.
    const mine = await t.request('GET', '/api/approvals/submissions', { cookie: await as('rep02') });
    expect(mine.json().items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ requestId: request.approvalRequestId, status: 'pending' }),
      ]),
    );
    const pending = await t.request('GET', '/api/approvals/pending', { cookie: await as('sup_east1') });
    const item = (pending.json().items as { requestId: string; title: string }[]).find(
      (i) => i.requestId === request.approvalRequestId,
    );
    expect(item?.title).toBe('申请协作：无锡太湖协作测试有限公司');
    const approved = await post('sup_east1', `/api/approvals/${request.approvalRequestId}/approve`, {});
    expect(approved.statusCode, approved.body).toBe(200);
    const team = await t.request('GET', `/api/customers/${first.id}/collaborators`, {
      cookie: await as('rep01'),
    });
    expect(team.json().items).toEqual([
      expect.objectContaining({ user: expect.objectContaining({ username: 'rep02' }), access: 'write' }),
    ]);
    const open = await t.request('GET', `/api/customers/${first.id}`, { cookie: await as('rep02') });
    expect(open.statusCode).toBe(200);
    expect(open.json().owner.username).toBe('rep01');
    const history = await t.request('GET', `/api/customers/${first.id}/history`, {
      cookie: await as('rep01'),
    });
    expect((history.json().items as { action: string }[]).map((h) => h.action)).toContain(
      'customer.collaborator.add',
    );
  });

  it('CUS-1: a transfer request from another team goes to the owner’s superior, not the requester’s; approval moves the owner with the ownership log', async () => {
    const first = await create('rep01', { name: '常州转移测试有限公司' });
    const res = await post('rep04', `/api/customers/${first.id}/duplicate-requests`, {
      kind: 'transfer',
      reason: '该客户一直由我在跟进',
    });
    expect(res.statusCode, res.body).toBe(200);
    const { approvalRequestId } = res.json();
    // rep04's own superior is not asked.
    const wrong = await post('sup_east2', `/api/approvals/${approvalRequestId}/approve`, {});
    expect([403, 404]).toContain(wrong.statusCode);
    const approved = await post('sup_east1', `/api/approvals/${approvalRequestId}/approve`, {});
    expect(approved.statusCode, approved.body).toBe(200);
    const now = await t.request('GET', `/api/customers/${first.id}`, { cookie: await as('rep04') });
    expect(now.statusCode).toBe(200);
    expect(now.json().owner.username).toBe('rep04');
    const log = await t.request('GET', `/api/customers/${first.id}/ownership`, { cookie: await as('rep04') });
    expect(JSON.stringify(log.json())).toContain('该客户一直由我在跟进');
    const gone = await t.request('GET', `/api/customers/${first.id}`, { cookie: await as('rep01') });
    expect(gone.statusCode).toBe(404);
  });

  it('CUS-1: a rejected request changes nothing; one’s own customer cannot be requested', async () => {
    const first = await create('rep05', { name: '南通拒绝测试有限公司' });
    const own = await post('rep05', `/api/customers/${first.id}/duplicate-requests`, {
      kind: 'collaborate',
      reason: '自己',
    });
    expect(own.statusCode).toBe(422);
    const res = await post('rep06', `/api/customers/${first.id}/duplicate-requests`, {
      kind: 'transfer',
      reason: '想接手',
    });
    const rejected = await post('sup_east2', `/api/approvals/${res.json().approvalRequestId}/reject`, {
      comment: '由原负责人继续跟进',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    const still = await t.request('GET', `/api/customers/${first.id}`, { cookie: await as('rep05') });
    expect(still.json().owner.username).toBe('rep05');
  });

  it('CUS-1/ORG-3: when the owner’s superior is the requester, the request goes one level further up (nobody approves themselves)', async () => {
    const first = await create('rep02', { name: '镇江逐级测试有限公司' });
    const res = await post('sup_east1', `/api/customers/${first.id}/duplicate-requests`, {
      kind: 'transfer',
      reason: '主管接手重点客户',
    });
    expect(res.statusCode, res.body).toBe(200);
    const { approvalRequestId } = res.json();
    const own = await post('sup_east1', `/api/approvals/${approvalRequestId}/approve`, {});
    expect(own.statusCode).toBe(403);
    const pending = await t.request('GET', '/api/approvals/pending', { cookie: await as('manager_east') });
    expect((pending.json().items as { requestId: string }[]).map((i) => i.requestId)).toContain(
      approvalRequestId,
    );
  });

  it('ORG-5: 客户名单不得泄露 — a rep may not export the customer list unless the policy says so; a supervisor may', async () => {
    const rep = await t.request('GET', '/api/customers/export', { cookie: await as('rep01') });
    expect(rep.statusCode).toBe(403);
    expect(rep.json().error.code).toBe('CUSTOMER_EXPORT_NOT_ALLOWED');
    const sup = await t.request('GET', '/api/customers/export', { cookie: await as('sup_east1') });
    expect(sup.statusCode).toBe(200);
    // The customer pages learn it (and the levels) without the policy centre, which reps do not hold.
    const settings = async (who: string) =>
      (await t.request('GET', '/api/customers/settings', { cookie: await as(who) })).json();
    expect(await settings('rep01')).toEqual({ levels: ['A', 'B', 'C', 'D'], mayExport: false });
    expect((await t.request('GET', '/api/policies', { cookie: await as('rep01') })).statusCode).toBe(403);
    expect((await settings('sup_east1')).mayExport).toBe(true);
    await setPolicy('customer.repsMayExport', true);
    try {
      const allowed = await t.request('GET', '/api/customers/export', { cookie: await as('rep01') });
      expect(allowed.statusCode).toBe(200);
      expect((await settings('rep01')).mayExport).toBe(true);
    } finally {
      await setPolicy('customer.repsMayExport', false);
    }
  });
});
