import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { loadActor } from '../../platform/access/actor.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { insertCustomer } from './insert-customer.js';

/**
 * ORG-5 acceptance on the customer file: list, detail, search and export honour each data
 * scope — rep01 sees only what they own or collaborate on; a supervisor also their reps';
 * a manager their department's; the director all. Another's customer by id → 404.
 */
describe('customer data scope (ORG-5, CUS-1)', async () => {
  const t = await createTestApp();
  const cookies: Record<string, string> = {};
  const as = async (u: string) => {
    cookies[u] ??= await t.login(u);
    return cookies[u];
  };
  const ids: Record<string, string> = {};

  const create = async (by: string, name: string) => {
    const res = await t.request('POST', '/api/customers', {
      cookie: await as(by),
      body: { name, level: 'B' },
    });
    expect(res.statusCode, res.body).toBe(200);
    t.clock.advance(60_000);
    return res.json().customer.id as string;
  };

  beforeAll(async () => {
    ids.A = await create('rep01', '范围测试甲公司');
    ids.B = await create('rep02', '范围测试乙公司');
    ids.C = await create('rep03', '范围测试丙公司');
    ids.D = await create('rep04', '范围测试丁公司');
    ids.E = await create('rep07', '范围测试戊公司');
    // A customer in the public pool of 华东一组 (owner null), as the pool would hold it.
    const db = t.database.db;
    const actor = await loadActor(db, await t.userId('rep01'));
    const ctx: Ctx = {
      db,
      clock: t.clock,
      actor,
      requestId: 'test',
      ip: null,
      userAgent: null,
      lang: 'zh-CN',
    };
    const east1 = actor?.unitId ?? '';
    const pooled = await inTx(ctx, (tx) =>
      insertCustomer(
        tx,
        ctx,
        { name: '范围测试公海公司', type: 'potential', level: 'B', source: 'other', tags: [] },
        { ownerId: null, unitId: east1, change: 'create' },
      ),
    );
    ids.P = pooled.id;
    // ORG-5: reps export only when the policy allows it (tested in no-double-claim.test.ts); here it does.
    const policy = await t.request('PUT', '/api/policies/customer.repsMayExport', {
      cookie: await as('admin'),
      body: { value: true },
    });
    expect(policy.statusCode, policy.body).toBe(200);
    // rep03 lets rep01 read C (我参与的).
    const put = await t.request('PUT', `/api/customers/${ids.C}/collaborators/${await t.userId('rep01')}`, {
      cookie: await as('rep03'),
      body: { access: 'read' },
    });
    expect(put.statusCode, put.body).toBe(200);
  });

  const visible: Record<string, string[]> = {
    rep01: ['A', 'C'],
    sup_east1: ['A', 'B', 'C'],
    manager_east: ['A', 'B', 'C', 'D', 'P'],
    director: ['A', 'B', 'C', 'D', 'E', 'P'],
  };
  const names = (list: { id: string }[]) =>
    list.map((c) => Object.keys(ids).find((k) => ids[k] === c.id) ?? c.id).sort();

  for (const [user, expected] of Object.entries(visible)) {
    it(`ORG-5 list: ${user} sees ${expected.join(', ')}`, async () => {
      const res = await t.request('GET', `/api/customers?q=${encodeURIComponent('范围测试')}&pageSize=50`, {
        cookie: await as(user),
      });
      expect(res.statusCode).toBe(200);
      expect(names(res.json().items)).toEqual(expected);
      expect(res.json().total).toBe(expected.length);
    });

    it(`ORG-5 search by pinyin initials (CUS-1): ${user} finds only ${expected.join(', ')}`, async () => {
      const res = await t.request('GET', '/api/customers?q=fwcs&pageSize=50', { cookie: await as(user) });
      expect(names(res.json().items)).toEqual(expected);
    });

    it(`ORG-5 detail: ${user} opens ${expected.join(', ')} and gets 404 for the others`, async () => {
      for (const key of Object.keys(ids)) {
        const res = await t.request('GET', `/api/customers/${ids[key]}`, { cookie: await as(user) });
        expect(res.statusCode, `${user} → ${key}`).toBe(expected.includes(key) ? 200 : 404);
      }
    });

    it(`ORG-5 export: ${user}'s workbook holds ${expected.length} rows, and the export is audited`, async () => {
      const res = await t.request('GET', `/api/customers/export?q=${encodeURIComponent('范围测试')}`, {
        cookie: await as(user),
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/spreadsheetml/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = wb.worksheets[0];
      expect(sheet?.getRow(1).getCell(1).value).toBe('客户名称');
      const rows: string[] = [];
      sheet?.eachRow((row, n) => {
        if (n > 1) rows.push(String(row.getCell(1).value));
      });
      expect(rows).toHaveLength(expected.length);
      const audit = await t.request('GET', '/api/audit?action=customer.export&order=desc&pageSize=1', {
        cookie: await as('admin'),
      });
      expect(audit.json().items[0]).toMatchObject({
        action: 'customer.export',
        actorName: user,
        after: { rows: expected.length, filters: { q: '范围测试' } },
      });
    });
  }

  it('ORG-5 detail, interleaved: reps of the same scope, a supervisor and the director in turn each see their own (one statement per scope shape, ADR 37)', async () => {
    // rep01 and rep02 share a shape (own); each must still get their own answer, in any order.
    const rep02Sees = ['B'];
    for (let round = 0; round < 2; round++) {
      for (const user of ['rep01', 'rep02', 'sup_east1', 'rep01', 'director', 'rep02']) {
        const expected = visible[user] ?? rep02Sees;
        for (const key of ['A', 'B', 'C', 'E']) {
          const res = await t.request('GET', `/api/customers/${ids[key]}`, { cookie: await as(user) });
          expect(res.statusCode, `${user} → ${key}`).toBe(expected.includes(key) ? 200 : 404);
          if (res.statusCode === 200)
            expect(res.json().access.isOwner, `${user} owns ${key}`).toBe(
              (user === 'rep01' && key === 'A') || (user === 'rep02' && key === 'B'),
            );
        }
      }
    }
  });

  it('ORG-5 list, interleaved: reps of the same scope with other terms, views and cursors each get their own page (statements built once per shape, ADR 37)', async () => {
    const sees: Record<string, string[]> = { ...visible, rep02: ['B'] };
    const own: Record<string, string> = { rep01: 'A', rep02: 'B' };
    const list = async (user: string, query: string) => {
      const res = await t.request('GET', `/api/customers?${query}`, { cookie: await as(user) });
      expect(res.statusCode, `${user} ${query}`).toBe(200);
      return res.json() as { items: { id: string }[]; total: number; nextCursor: string | null };
    };
    const q = (text: string) => `q=${encodeURIComponent(text)}`;
    for (let round = 0; round < 2; round++) {
      for (const user of ['rep01', 'rep02', 'sup_east1', 'rep01', 'director', 'rep02']) {
        const expected = sees[user]!;
        const all = await list(user, `${q('范围测试')}&pageSize=50`);
        expect(names(all.items), user).toEqual(expected);
        expect(all.total, user).toBe(expected.length);
        // Same shape, other values: the term, the level and the owner filter.
        for (const key of ['A', 'B']) {
          const one = await list(user, `${q(`范围测试${key === 'A' ? '甲' : '乙'}`)}&level=B`);
          expect(names(one.items), `${user} searching ${key}`).toEqual(expected.includes(key) ? [key] : []);
        }
        const byOwner = await list(user, `${q('范围测试')}&ownerId=${await t.userId('rep02')}`);
        expect(names(byOwner.items), `${user}: rep02's`).toEqual(expected.includes('B') ? ['B'] : []);
        if (own[user])
          expect(names((await list(user, `${q('范围测试')}&view=mine`)).items)).toEqual([own[user]]);
        // A walk by cursor, a page of one at a time, gives the same customers in the list's order.
        const walked: { id: string }[] = [];
        let cursor: string | null = null;
        do {
          const page = await list(user, `${q('范围测试')}&pageSize=1${cursor ? `&cursor=${cursor}` : ''}`);
          walked.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor && walked.length <= expected.length);
        expect(
          walked.map((c) => c.id),
          `${user}'s walk`,
        ).toEqual(all.items.map((c) => c.id));
      }
    }
  });

  it('saved views: 我负责的, 下属负责的, 我参与的', async () => {
    const view = async (user: string, v: string) =>
      names(
        (
          await t.request('GET', `/api/customers?q=${encodeURIComponent('范围测试')}&view=${v}`, {
            cookie: await as(user),
          })
        ).json().items,
      );
    expect(await view('rep01', 'mine')).toEqual(['A']);
    expect(await view('rep01', 'collaborating')).toEqual(['C']);
    expect(await view('sup_east1', 'subordinates')).toEqual(['A', 'B', 'C']);
    expect(await view('sup_east1', 'mine')).toEqual([]);
    expect(await view('manager_east', 'subordinates')).toEqual(['A', 'B', 'C', 'D']);
  });

  it('CUS-1 collaborators: read-only sees but cannot edit; read-write edits; only the owner or an assigner manages the team', async () => {
    const rep01 = await as('rep01');
    const detail = (await t.request('GET', `/api/customers/${ids.C}`, { cookie: rep01 })).json();
    expect(detail.access).toEqual({ isOwner: false, collaborator: 'read', canEdit: false, canAssign: false });
    expect(
      (await t.request('PATCH', `/api/customers/${ids.C}`, { cookie: rep01, body: { industry: '化工' } }))
        .statusCode,
    ).toBe(403);
    // A collaborator does not manage the team; a supervisor over the owner does.
    const byCollaborator = await t.request(
      'PUT',
      `/api/customers/${ids.C}/collaborators/${await t.userId('rep02')}`,
      {
        cookie: rep01,
        body: { access: 'read' },
      },
    );
    expect(byCollaborator.statusCode).toBe(403);
    const bySupervisor = await t.request(
      'PUT',
      `/api/customers/${ids.C}/collaborators/${await t.userId('rep01')}`,
      {
        cookie: await as('sup_east1'),
        body: { access: 'write' },
      },
    );
    expect(bySupervisor.statusCode).toBe(200);
    expect(bySupervisor.json()).toMatchObject({
      items: [{ user: { username: 'rep01' }, access: 'write' }],
      canManage: true,
    });
    const edit = await t.request('PATCH', `/api/customers/${ids.C}`, {
      cookie: rep01,
      body: { industry: '化工' },
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.json().access).toMatchObject({ collaborator: 'write', canEdit: true });
    // Someone who cannot see the customer gets 404; the owner cannot be a collaborator.
    const outsider = await t.request(
      'PUT',
      `/api/customers/${ids.C}/collaborators/${await t.userId('rep02')}`,
      {
        cookie: await as('rep04'),
        body: { access: 'read' },
      },
    );
    expect(outsider.statusCode).toBe(404);
    const owner = await t.request('PUT', `/api/customers/${ids.C}/collaborators/${await t.userId('rep03')}`, {
      cookie: await as('rep03'),
      body: { access: 'read' },
    });
    expect(owner.statusCode).toBe(400);
    expect(Object.keys(owner.json().error.fields)).toEqual(['userId']);
    const history = (
      await t.request('GET', `/api/customers/${ids.C}/history`, { cookie: await as('rep03') })
    ).json();
    expect(history.items.map((h: { action: string }) => h.action)).toEqual([
      'customer.update',
      'customer.collaborator.change',
      'customer.collaborator.add',
      'customer.create',
    ]);
  });

  it('CUS-1 collaborators: a collaborator may leave; then the customer is gone from their lists (404)', async () => {
    const rep01 = await as('rep01');
    t.clock.advance(60_000);
    const leave = await t.request(
      'DELETE',
      `/api/customers/${ids.C}/collaborators/${await t.userId('rep01')}`,
      {
        cookie: rep01,
      },
    );
    expect(leave.statusCode).toBe(200);
    expect((await t.request('GET', `/api/customers/${ids.C}`, { cookie: rep01 })).statusCode).toBe(404);
    const timeline = (
      await t.request('GET', `/api/customers/${ids.C}/timeline`, { cookie: await as('rep03') })
    ).json();
    expect(timeline.items[0]).toMatchObject({ kind: 'collaborator.removed' });
  });

  it('CUS-1 collaborators: the owner (a rep who cannot list users) finds colleagues of any team for the team; others may not ask', async () => {
    const rep04 = await as('rep04');
    const url = `/api/customers/${ids.D}/collaborator-candidates`;
    const found = await t.request('GET', `${url}?q=rep1`, { cookie: rep04 });
    expect(found.statusCode, found.body).toBe(200);
    const names = found.json().items.map((i: { user: { username: string } }) => i.user.username);
    expect(names).toEqual(expect.arrayContaining(['rep10', 'rep11', 'rep12']));
    expect(names).not.toContain('rep04');
    const all = (await t.request('GET', url, { cookie: rep04 })).json();
    expect(all.items.map((i: { user: { username: string } }) => i.user.username)).not.toContain('rep04');
    // Someone who cannot see the customer gets 404; someone who sees it but may not manage its team, 403.
    expect((await t.request('GET', url, { cookie: await as('rep01') })).statusCode).toBe(404);
    expect((await t.request('GET', url, { cookie: await as('finance') })).statusCode).toBe(403);
  });
});
