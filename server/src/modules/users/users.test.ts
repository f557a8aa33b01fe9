import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';

describe('users and data scope', async () => {
  const t = await createTestApp();
  const ids = async (...names: string[]) => Promise.all(names.map((n) => t.userId(n)));
  const listNames = async (username: string, query = '') => {
    const res = await t.request('GET', `/api/users?pageSize=200${query}`, {
      cookie: await t.login(username),
    });
    expect(res.statusCode).toBe(200);
    return res
      .json()
      .items.map((u: { username: string }) => u.username)
      .sort() as string[];
  };

  it('ORG-5: a supervisor reads their own rep (200) but not someone outside their chain (404)', async () => {
    const sup = await t.login('sup_east1');
    const [rep01, rep04, rep07] = await ids('rep01', 'rep04', 'rep07');
    expect((await t.request('GET', `/api/users/${rep01}`, { cookie: sup })).statusCode).toBe(200);
    const other = await t.request('GET', `/api/users/${rep04}`, { cookie: sup });
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('NOT_FOUND');
    expect((await t.request('GET', `/api/users/${rep07}`, { cookie: sup })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/users/${rep07}/placements`, { cookie: sup })).statusCode).toBe(404);
  });

  it('ORG-5: each scope lists exactly its people — own, subordinates, unit and below, all', async () => {
    expect(await listNames('rep01')).toEqual(['rep01']);
    expect(await listNames('sup_east1')).toEqual(['rep01', 'rep02', 'rep03', 'sup_east1']);
    expect(await listNames('manager_east')).toEqual(
      [
        'assistant_east',
        'manager_east',
        'rep01',
        'rep02',
        'rep03',
        'rep04',
        'rep05',
        'rep06',
        'sup_east1',
        'sup_east2',
      ].sort(),
    );
    expect((await listNames('director')).length).toBe(28);
    expect(await listNames('manager_east', '&q=rep0')).toEqual([
      'rep01',
      'rep02',
      'rep03',
      'rep04',
      'rep05',
      'rep06',
    ]);
  });

  it('ORG-5: with several roles the widest scope wins', async () => {
    const admin = await t.login('admin');
    const roles = (await t.request('GET', '/api/roles', { cookie: admin })).json().items as {
      id: string;
      code: string;
    }[];
    const roleId = (code: string) => roles.find((r) => r.code === code)!.id;
    const [rep02] = await ids('rep02');
    const res = await t.request('PATCH', `/api/users/${rep02}`, {
      cookie: admin,
      body: { roleIds: [roleId('sales_rep'), roleId('sales_director')] },
    });
    expect(res.statusCode).toBe(200);
    const me = (await t.request('GET', '/api/me', { cookie: await t.login('rep02') })).json();
    expect(me.permissions['user:read']).toBe('all');
    expect((await listNames('rep02')).length).toBe(28);
  });

  it('filters by role and status; roles count their holders', async () => {
    const admin = await t.login('admin');
    const roles = (await t.request('GET', '/api/roles', { cookie: admin })).json().items as {
      id: string;
      code: string;
      userCount: number;
    }[];
    const sup = roles.find((r) => r.code === 'sales_supervisor')!;
    expect(sup.userCount).toBe(4);
    expect(await listNames('director', `&roleId=${sup.id}&status=active`)).toEqual([
      'sup_east1',
      'sup_east2',
      'sup_south1',
      'sup_south2',
    ]);
  });

  it('paging, sorting and filtering happen on the server', async () => {
    const cookie = await t.login('director');
    const page = (
      await t.request('GET', '/api/users?pageSize=5&page=2&sort=username&order=desc', { cookie })
    ).json();
    expect(page.total).toBe(28);
    expect(page.items).toHaveLength(5);
    const all = (
      await t.request('GET', '/api/users?pageSize=200&sort=username&order=desc', { cookie })
    ).json();
    expect(page.items.map((u: { id: string }) => u.id)).toEqual(
      all.items.slice(5, 10).map((u: { id: string }) => u.id),
    );
  });

  it('ORG-2: self-superior and cycles are refused with a clear error', async () => {
    const admin = await t.login('admin');
    const [sup, rep03] = await ids('sup_east1', 'rep03');
    const unit = (await t.request('GET', `/api/users/${sup}`, { cookie: admin })).json().unit.id;
    const self = await t.request('POST', `/api/users/${sup}/move`, {
      cookie: admin,
      body: { unitId: unit, superiorId: sup, position: '销售主管', reason: '测试' },
    });
    expect(self.statusCode).toBe(422);
    expect(self.json().error.code).toBe('SUPERIOR_SELF');
    const cycle = await t.request('POST', `/api/users/${sup}/move`, {
      cookie: admin,
      lang: 'en',
      body: { unitId: unit, superiorId: rep03, position: '销售主管', reason: 'test' },
    });
    expect(cycle.statusCode).toBe(422);
    expect(cycle.json().error).toMatchObject({
      code: 'SUPERIOR_CYCLE',
      fields: { superiorId: 'This person reports to the user' },
    });
  });

  it('ORG-2: only the top person has no superior', async () => {
    const admin = await t.login('admin');
    const [rep05] = await ids('rep05');
    const unit = (await t.request('GET', `/api/users/${rep05}`, { cookie: admin })).json().unit.id;
    const res = await t.request('POST', `/api/users/${rep05}/move`, {
      cookie: admin,
      body: { unitId: unit, superiorId: null, position: '销售代表', reason: '测试' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('SUPERIOR_REQUIRED');
  });

  it('ORG-1: moving a user to another team and superior keeps the placement history', async () => {
    const admin = await t.login('admin');
    const [rep06, sup1] = await ids('rep06', 'sup_east1');
    const sup1Unit = (await t.request('GET', `/api/users/${sup1}`, { cookie: admin })).json().unit.id;
    const moved = await t.request('POST', `/api/users/${rep06}/move`, {
      cookie: admin,
      body: { unitId: sup1Unit, superiorId: sup1, position: '高级销售代表', reason: '团队调整' },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().superior.username).toBe('sup_east1');
    const history = (await t.request('GET', `/api/users/${rep06}/placements`, { cookie: admin })).json()
      .items;
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ position: '高级销售代表', reason: '团队调整', validTo: null });
    expect(history[1].superior.username).toBe('sup_east2');
    expect(history[1].validTo).not.toBeNull();
    expect(await listNames('sup_east1')).toContain('rep06');
  });

  it('creates a user who can sign in; a taken username is refused on its field', async () => {
    const admin = await t.login('admin');
    const [sup2] = await ids('sup_east2');
    const sup = (await t.request('GET', `/api/users/${sup2}`, { cookie: admin })).json();
    const roles = (await t.request('GET', '/api/roles', { cookie: admin })).json().items as {
      id: string;
      code: string;
    }[];
    const body = {
      username: 'rep13',
      displayName: '新人',
      password: 'welcome-2026',
      unitId: sup.unit.id,
      position: '销售代表',
      superiorId: sup2,
      roleIds: [roles.find((r) => r.code === 'sales_rep')!.id],
    };
    const created = await t.request('POST', '/api/users', { cookie: admin, body });
    expect(created.statusCode).toBe(200);
    await t.login('rep13', 'welcome-2026');
    const again = await t.request('POST', '/api/users', { cookie: admin, body, lang: 'en' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields.username).toBe('Username is taken');
  });

  it('a user with active reports cannot be disabled until they are reassigned', async () => {
    const admin = await t.login('admin');
    const [sup] = await ids('sup_south2');
    const res = await t.request('POST', `/api/users/${sup}/disable`, { cookie: admin });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('HAS_ACTIVE_SUBORDINATES');
  });
});
