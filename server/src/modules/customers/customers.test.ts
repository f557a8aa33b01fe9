import { describe, expect, it } from 'vitest';
import { multipartBody } from '../../../test/multipart.js';
import { createTestApp } from '../../../test/test-app.js';

const HOUR = 3_600_000;
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A valid 统一社会信用代码 from 17 characters (the check character appended). */
function creditCode(base: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(base.charAt(i)) * (WEIGHTS[i] ?? 0);
  return base + ALPHABET.charAt((31 - (sum % 31)) % 31);
}

describe('customer file (CUS-1, CUS-8)', async () => {
  const t = await createTestApp();
  const cookies: Record<string, string> = {};
  const as = async (u: string) => {
    cookies[u] ??= await t.login(u);
    return cookies[u];
  };
  const create = async (by: string, body: Record<string, unknown>) => {
    const res = await t.request('POST', '/api/customers', {
      cookie: await as(by),
      body: { level: 'B', ...body },
    });
    expect(res.statusCode, res.body).toBe(200);
    t.clock.advance(60_000);
    return res.json() as {
      customer: { id: string; name: string };
      duplicates: { id: string; by: string[] }[];
    };
  };

  it('CUS-1: a rep creates a customer with a first contact; it is theirs, with access flags', async () => {
    const { customer, duplicates } = await create('rep01', {
      name: '北京华宇科技有限公司',
      creditCode: creditCode('91110108MA01ABCD1'),
      industry: '软件',
      phone: '010-6288 1234',
      type: 'target',
      source: 'exhibition',
      tags: ['重点'],
      contact: { name: '王经理', phones: ['138 0013 8000'], birthday: '1980-05-12', title: '采购经理' },
    });
    expect(duplicates).toEqual([]);
    expect(customer).toMatchObject({
      name: '北京华宇科技有限公司',
      phone: '01062881234',
      owner: { username: 'rep01' },
      unit: { name: '华东一组' },
      creditLimitFen: null,
      primaryContact: { name: '王经理', phones: ['13800138000'] },
      access: { isOwner: true, collaborator: null, canEdit: true, canAssign: false },
    });
    const contacts = await t.request('GET', `/api/customers/${customer.id}/contacts`, {
      cookie: await as('rep01'),
    });
    expect(contacts.json().items).toMatchObject([
      { name: '王经理', isPrimary: true, birthday: '1980-05-12' },
    ]);
  });

  it('CUS-1: a bad credit-code checksum is refused on the field creditCode', async () => {
    const good = creditCode('91310000MA1FL0XX0');
    const bad = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    const res = await t.request('POST', '/api/customers', {
      cookie: await as('rep01'),
      body: { name: '校验错误公司', level: 'B', creditCode: bad },
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['creditCode']);
  });

  it('CUS-1: a level outside the customer.levels policy is refused on the field level', async () => {
    const res = await t.request('POST', '/api/customers', {
      cookie: await as('rep01'),
      body: { name: '等级错误公司', level: 'Z' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.level).toMatch(/客户等级/);
  });

  it('CUS-1 duplicates: the create form’s live check names a matching customer company-wide, with its owner', async () => {
    const first = await create('rep07', {
      name: '深圳前海云帆贸易有限公司',
      phone: '0755-8888 6666',
      contact: { name: '林总', phones: ['13922223333'] },
    });
    // The live check of the create form says the same, company-wide, with the owner.
    const live = await t.request(
      'GET',
      `/api/customers/duplicates?phone=${encodeURIComponent('0755 88886666')}`,
      { cookie: await as('rep05') },
    );
    expect(live.statusCode).toBe(200);
    expect(live.json().items).toEqual([
      expect.objectContaining({
        id: first.customer.id,
        by: ['phone'],
        owner: expect.objectContaining({ username: 'rep07' }),
        inPool: false,
      }),
    ]);
  });

  it('CUS-1: PATCH writes only the changed fields, audits before/after, recomputes the pinyin and tells the timeline', async () => {
    const { customer } = await create('rep02', { name: '杭州西湖茶业有限公司', industry: '食品' });
    const res = await t.request('PATCH', `/api/customers/${customer.id}`, {
      cookie: await as('rep02'),
      body: { name: '杭州龙井茶业有限公司', industry: '食品', level: 'A' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: '杭州龙井茶业有限公司', level: 'A' });
    const found = await t.request('GET', '/api/customers?q=hzljcy', { cookie: await as('rep02') });
    expect(found.json().items.map((c: { id: string }) => c.id)).toEqual([customer.id]);
    const history = await t.request('GET', `/api/customers/${customer.id}/history`, {
      cookie: await as('rep02'),
    });
    expect(history.json().items[0]).toMatchObject({
      action: 'customer.update',
      before: { name: '杭州西湖茶业有限公司', level: 'B' },
      after: { name: '杭州龙井茶业有限公司', level: 'A' },
      actor: { username: 'rep02' },
    });
    const timeline = await t.request('GET', `/api/customers/${customer.id}/timeline`, {
      cookie: await as('rep02'),
    });
    expect(timeline.json().items[0]).toMatchObject({
      kind: 'customer.updated',
      summary: { 'zh-CN': '钱芳 修改了名称、等级' },
      data: { fields: ['name', 'level'] },
    });
  });

  it('CUS-1: another rep cannot change a customer they cannot see (404); a reader without write access gets 403', async () => {
    const { customer } = await create('rep02', { name: '苏州工业园精密机械有限公司' });
    const other = await t.request('PATCH', `/api/customers/${customer.id}`, {
      cookie: await as('rep04'),
      body: { industry: 'x' },
    });
    expect(other.statusCode).toBe(404);
    const finance = await t.request('PATCH', `/api/customers/${customer.id}`, {
      cookie: await as('finance'),
      body: { industry: 'x' },
    });
    expect(finance.statusCode).toBe(403);
  });

  it('CUS-1 contacts: one primary at a time; removing the primary hands it on; every write audited', async () => {
    const { customer } = await create('rep01', { name: '南京紫金电子有限公司', contact: { name: '甲' } });
    const url = `/api/customers/${customer.id}/contacts`;
    const cookie = await as('rep01');
    const second = await t.request('POST', url, {
      cookie,
      body: { name: '乙', phones: ['13700001111'], isPrimary: true },
    });
    expect(second.statusCode, second.body).toBe(200);
    let list = (await t.request('GET', url, { cookie })).json().items;
    expect(list.map((c: { name: string; isPrimary: boolean }) => [c.name, c.isPrimary])).toEqual([
      ['乙', true],
      ['甲', false],
    ]);
    const patch = await t.request('PATCH', `${url}/${second.json().id}`, {
      cookie,
      body: { title: '总经理', phones: ['13700001111', '025-8888 1234'] },
    });
    expect(patch.json()).toMatchObject({ title: '总经理', phones: ['13700001111', '02588881234'] });
    const del = await t.request('DELETE', `${url}/${second.json().id}`, { cookie });
    expect(del.statusCode).toBe(200);
    list = (await t.request('GET', url, { cookie })).json().items;
    expect(list.map((c: { name: string; isPrimary: boolean }) => [c.name, c.isPrimary])).toEqual([
      ['甲', true],
    ]);
    const again = await t.request('DELETE', `${url}/${second.json().id}`, { cookie });
    expect(again.statusCode).toBe(404);
    const audits = await t.request('GET', `/api/customers/${customer.id}/history?pageSize=50`, { cookie });
    expect(audits.json().items.map((a: { action: string }) => a.action)).toEqual([
      'customer.contact.delete',
      'customer.contact.update',
      'customer.contact.create',
      'customer.create',
    ]);
    // A rep who cannot see the customer cannot touch its contacts.
    const outsider = await t.request('POST', url, { cookie: await as('rep07'), body: { name: '丙' } });
    expect(outsider.statusCode).toBe(404);
  });

  it('CUS-8: a follow-up with a next step opens a due item in the author’s 待办 and moves the pool clock', async () => {
    const { customer } = await create('rep01', { name: '无锡太湖纺织有限公司' });
    const cookie = await as('rep01');
    const nextStepAt = new Date(t.clock.now().getTime() + 2 * HOUR).toISOString();
    const occurredAt = new Date(t.clock.now().getTime() - HOUR).toISOString();
    const res = await t.request('POST', `/api/customers/${customer.id}/follow-ups`, {
      cookie,
      body: {
        kind: 'phone',
        occurredAt,
        content: '电话沟通新一季度采购计划',
        nextStep: '寄送样品',
        nextStepAt,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'phone', nextStep: '寄送样品', author: { username: 'rep01' } });
    const todo = (await t.request('GET', '/api/todo', { cookie })).json();
    const dueItems = (body: { sections: { key: string; items: unknown[] }[] }) =>
      body.sections.find((s) => s.key === 'deadlines.dueItems')!.items as { id: string }[];
    expect(dueItems(todo)).toContainEqual(
      expect.objectContaining({
        id: res.json().id,
        // The to-do names the customer and the step in each language, and leads to the customer.
        title: {
          'zh-CN': '无锡太湖纺织有限公司 · 下一步：寄送样品',
          en: '无锡太湖纺织有限公司 · Next step: 寄送样品',
        },
        link: `/customers/${customer.id}`,
      }),
    );
    const detail = (await t.request('GET', `/api/customers/${customer.id}`, { cookie })).json();
    expect(detail.lastFollowUpAt).toBe(occurredAt.replace(/\.\d+Z$/, '.000Z'));
    const page = (await t.request('GET', `/api/customers/${customer.id}/follow-ups`, { cookie })).json();
    expect(page.total).toBe(1);
    // The next follow-up by the same author closes the earlier next step.
    const later = await t.request('POST', `/api/customers/${customer.id}/follow-ups`, {
      cookie,
      body: { kind: 'visit', occurredAt: t.clock.now().toISOString(), content: '上门送样' },
    });
    expect(later.statusCode).toBe(200);
    const after = (await t.request('GET', '/api/todo', { cookie })).json();
    expect(dueItems(after).map((d) => d.id)).not.toContain(res.json().id);
  });

  it('CUS-8: a follow-up in the future, or a contact of another customer, is refused on its field', async () => {
    const { customer } = await create('rep01', { name: '常州天宁化工有限公司' });
    const { customer: other } = await create('rep01', {
      name: '常州武进化工有限公司',
      contact: { name: '某' },
    });
    const cookie = await as('rep01');
    const future = await t.request('POST', `/api/customers/${customer.id}/follow-ups`, {
      cookie,
      body: {
        kind: 'phone',
        occurredAt: new Date(t.clock.now().getTime() + 24 * HOUR).toISOString(),
        content: 'x',
      },
    });
    expect(future.statusCode).toBe(400);
    expect(Object.keys(future.json().error.fields)).toEqual(['occurredAt']);
    const contacts = (await t.request('GET', `/api/customers/${other.id}/contacts`, { cookie })).json().items;
    const wrong = await t.request('POST', `/api/customers/${customer.id}/follow-ups`, {
      cookie,
      body: {
        kind: 'phone',
        occurredAt: t.clock.now().toISOString(),
        content: 'x',
        contactId: contacts[0].id,
      },
    });
    expect(wrong.statusCode).toBe(400);
    expect(Object.keys(wrong.json().error.fields)).toEqual(['contactId']);
  });

  it('CUS-5: a rep of another team logs service on a customer they cannot see; the owner is told and sees it in the timeline', async () => {
    const { customer } = await create('rep01', { name: '宁波港城物流有限公司' });
    const south = await as('rep08');
    expect((await t.request('GET', `/api/customers/${customer.id}`, { cookie: south })).statusCode).toBe(404);
    const found = await t.request('GET', `/api/customers/lookup?q=${encodeURIComponent('港城物流')}`, {
      cookie: south,
    });
    expect(found.json().items).toEqual([
      {
        id: customer.id,
        name: '宁波港城物流有限公司',
        owner: expect.objectContaining({ username: 'rep01' }),
      },
    ]);
    const res = await t.request('POST', `/api/customers/${customer.id}/service`, {
      cookie: south,
      body: { occurredAt: t.clock.now().toISOString(), content: '客户来电咨询发货进度，已协助查询' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'service', author: { username: 'rep08' } });
    const owner = await as('rep01');
    const notes = (await t.request('GET', '/api/notifications', { cookie: owner })).json();
    expect(notes.items).toContainEqual(
      expect.objectContaining({ event: 'customer.serviceLogged', subjectId: customer.id }),
    );
    const timeline = (
      await t.request('GET', `/api/customers/${customer.id}/timeline`, { cookie: owner })
    ).json();
    expect(timeline.items[0]).toMatchObject({ kind: 'service.logged', actor: { username: 'rep08' } });
    const detail = (await t.request('GET', `/api/customers/${customer.id}`, { cookie: owner })).json();
    // Service by someone outside the customer's team does not keep it out of the pool.
    expect(detail.lastFollowUpAt).toBeNull();
    // Only existence is revealed: an unknown id is 404.
    const missing = await t.request('POST', '/api/customers/00000000-0000-4000-8000-000000000000/service', {
      cookie: south,
      body: { occurredAt: t.clock.now().toISOString(), content: 'x' },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('CUS-5: lookup needs at least 2 characters', async () => {
    const res = await t.request('GET', '/api/customers/lookup?q=a', { cookie: await as('reception') });
    expect(res.statusCode).toBe(400);
  });

  it('CUS-1: a supervisor creates a customer for their rep; a rep cannot create one for someone else', async () => {
    const rep02 = await t.userId('rep02');
    const { customer } = await create('sup_east1', { name: '上海浦江船舶配件有限公司', ownerId: rep02 });
    expect(customer).toMatchObject({ owner: { username: 'rep02' }, unit: { name: '华东一组' } });
    const refused = await t.request('POST', '/api/customers', {
      cookie: await as('rep01'),
      body: { name: '代建客户公司', level: 'B', ownerId: rep02 },
    });
    expect(refused.statusCode).toBe(422);
    expect(Object.keys(refused.json().error.fields)).toEqual(['ownerId']);
    const notTheirs = await t.request('POST', '/api/customers', {
      cookie: await as('sup_east1'),
      body: { name: '代建客户公司', level: 'B', ownerId: await t.userId('rep07') },
    });
    expect(notTheirs.statusCode).toBe(422);
  });

  it('CUS-1 attachments: the owner uploads, a supervisor downloads, others get 404; removal is audited and in the timeline', async () => {
    const { customer } = await create('rep01', { name: '合肥庐阳新材料有限公司' });
    const url = `/api/customers/${customer.id}/attachments`;
    const body = multipartBody({
      fileName: '营业执照.pdf',
      content: '%PDF-1.4 test',
      mimeType: 'application/pdf',
    });
    const up = await t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: await as('rep01'), ...body.headers },
      payload: body.payload,
    });
    expect(up.statusCode, up.body).toBe(200);
    const file = up.json();
    expect(file).toMatchObject({ fileName: '营业执照.pdf', sizeBytes: 13, createdBy: { username: 'rep01' } });
    // Another rep cannot list, download or upload; a read-only reader cannot upload.
    const outsider = await as('rep04');
    expect((await t.request('GET', url, { cookie: outsider })).statusCode).toBe(404);
    expect((await t.request('GET', `${url}/${file.id}`, { cookie: outsider })).statusCode).toBe(404);
    const refused = await t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: await as('finance'), ...body.headers },
      payload: body.payload,
    });
    expect(refused.statusCode).toBe(403);
    const sup = await as('sup_east1');
    const list = await t.request('GET', url, { cookie: sup });
    expect(list.json().items).toHaveLength(1);
    const download = await t.request('GET', `${url}/${file.id}`, { cookie: sup });
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('%PDF-1.4 test');
    expect((await t.request('DELETE', `${url}/${file.id}`, { cookie: outsider })).statusCode).toBe(404);
    t.clock.advance(60_000);
    const del = await t.request('DELETE', `${url}/${file.id}`, { cookie: await as('rep01') });
    expect(del.statusCode).toBe(200);
    expect((await t.request('GET', `${url}/${file.id}`, { cookie: sup })).statusCode).toBe(404);
    const timeline = (
      await t.request('GET', `/api/customers/${customer.id}/timeline`, { cookie: sup })
    ).json();
    expect(timeline.items.slice(0, 2).map((e: { kind: string }) => e.kind)).toEqual([
      'attachment.removed',
      'attachment.added',
    ]);
    const history = (await t.request('GET', `/api/customers/${customer.id}/history`, { cookie: sup })).json();
    expect(history.items.map((h: { action: string }) => h.action)).toEqual([
      'file.remove',
      'file.upload',
      'customer.create',
    ]);
  });

  it('CUS-1 history: a follow-up and a service log are in the change history; an outsider gets 404', async () => {
    const { customer } = await create('rep02', { name: '温州鹿城鞋业有限公司' });
    await t.request('POST', `/api/customers/${customer.id}/follow-ups`, {
      cookie: await as('rep02'),
      body: { kind: 'wechat', occurredAt: t.clock.now().toISOString(), content: '微信确认报价' },
    });
    await t.request('POST', `/api/customers/${customer.id}/service`, {
      cookie: await as('reception'),
      body: { occurredAt: t.clock.now().toISOString(), content: '来电转接' },
    });
    const history = await t.request('GET', `/api/customers/${customer.id}/history`, {
      cookie: await as('rep02'),
    });
    expect(history.json().items.map((h: { action: string }) => h.action)).toEqual([
      'customer.service',
      'customer.follow_up',
      'customer.create',
    ]);
    expect(history.json().items[0].actor).toMatchObject({ username: 'reception' });
    expect(
      (await t.request('GET', `/api/customers/${customer.id}/history`, { cookie: await as('rep07') }))
        .statusCode,
    ).toBe(404);
  });

  it('CUS-1 search: by contact name, contact phone, company phone and full pinyin; paged and sorted in SQL', async () => {
    const { customer } = await create('rep03', {
      name: '镇江京口搜索测试有限公司',
      phone: '0511-8501 2345',
      contact: { name: '欧阳娜娜', phones: ['186 5110 9876'] },
    });
    const cookie = await as('rep03');
    const ids = async (q: string) =>
      (await t.request('GET', `/api/customers?q=${encodeURIComponent(q)}`, { cookie }))
        .json()
        .items.map((c: { id: string }) => c.id);
    expect(await ids('欧阳娜')).toEqual([customer.id]);
    expect(await ids('5110987')).toEqual([customer.id]);
    expect(await ids('85012345')).toEqual([customer.id]);
    expect(await ids('zhenjiangjingkou')).toEqual([customer.id]);
    expect(await ids('zjjk')).toEqual([customer.id]);
    expect(await ids('100%')).toEqual([]);
    await create('rep03', { name: '镇江丹徒搜索测试有限公司' });
    const sorted = await t.request(
      'GET',
      `/api/customers?q=${encodeURIComponent('搜索测试')}&sort=name&order=asc&pageSize=1`,
      {
        cookie,
      },
    );
    expect(sorted.json()).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(sorted.json().items).toHaveLength(1);
    const beyond = await t.request('GET', `/api/customers?q=${encodeURIComponent('搜索测试')}&page=5`, {
      cookie,
    });
    expect(beyond.json()).toMatchObject({ items: [], total: 2, page: 5 });
  });

  it('CUS-1 owned cap: a create beyond the customer.ownedCap policy is refused on ownerId; nothing is written', async () => {
    const admin = await as('admin');
    const set = await t.request('PUT', '/api/policies/customer.ownedCap', {
      cookie: admin,
      body: { value: 1, effectiveFrom: t.clock.now().toISOString(), note: 'test' },
    });
    expect(set.statusCode, set.body).toBe(200);
    t.clock.advance(60_000);
    const cookie = await as('rep11');
    const first = await t.request('POST', '/api/customers', {
      cookie,
      body: { name: '上限测试一公司', level: 'C' },
    });
    expect(first.statusCode).toBe(200);
    const second = await t.request('POST', '/api/customers', {
      cookie,
      body: { name: '上限测试二公司', level: 'C' },
    });
    expect(second.statusCode).toBe(422);
    expect(second.json().error.code).toBe('CUSTOMER_OWNED_CAP');
    expect(Object.keys(second.json().error.fields)).toEqual(['ownerId']);
    const mine = (
      await t.request('GET', `/api/customers?q=${encodeURIComponent('上限测试')}`, { cookie })
    ).json();
    expect(mine.total).toBe(1);
    await t.request('PUT', '/api/policies/customer.ownedCap', {
      cookie: admin,
      body: { value: 300, effectiveFrom: t.clock.now().toISOString(), note: 'test' },
    });
    t.clock.advance(60_000);
  });
});
