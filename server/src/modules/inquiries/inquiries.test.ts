import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { nextInquiryNumber } from './register-number.js';

describe('first-contact register (客户记录表)', async () => {
  const t = await createTestApp();
  const cookies = new Map<string, string>();
  const call = async (u: string, method: 'GET' | 'POST', url: string, body?: unknown, lang?: string) => {
    if (!cookies.has(u)) cookies.set(u, await t.login(u));
    return t.request(method, url, {
      cookie: cookies.get(u)!,
      ...(body !== undefined ? { body } : {}),
      ...(lang ? { lang } : {}),
    });
  };
  const entry = {
    name: '王先生',
    contact: '138 0013 8000',
    inquiry: '询问工业除湿机报价',
    contactDate: '2026-03-01',
  };
  const record = async (u: string, body: object = {}) => {
    const res = await call(u, 'POST', '/api/inquiries', { ...entry, ...body });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  /** Moves the business clock; sessions signed in at another time are gone (idle timeout). */
  const setClock = (at: string) => {
    t.clock.set(new Date(at));
    cookies.clear();
  };
  const rowsOf = <T>(query: ReturnType<typeof sql>) => queryRows<T>(t.database.db, query);
  const numbers = async (u: string, query = '') =>
    (await call(u, 'GET', `/api/inquiries?pageSize=200${query}`))
      .json()
      .items.map((i: { number: string }) => i.number);

  it('CUS-2: name, contact, inquiry and date are all required, each with a field message', async () => {
    const res = await call('reception', 'POST', '/api/inquiries', { name: ' ', channel: 'phone' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual([
      'contact',
      'contactDate',
      'inquiry',
      'name',
    ]);
    const en = await call('reception', 'POST', '/api/inquiries', { ...entry, name: '' }, 'en');
    expect(en.json().error.fields.name).toBe('Required');
  });

  it('CUS-2: the contact date cannot be in the future (business clock, company time zone)', async () => {
    // 2026-03-02T01:00Z is 09:00 on 2 March in Shanghai.
    const res = await call('reception', 'POST', '/api/inquiries', { ...entry, contactDate: '2026-03-03' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.contactDate).toBe('接洽日期不能晚于今天');
    await record('reception', { contactDate: '2026-03-02' });
  });

  it('CUS-2: entries are numbered in order per year, YYYY-000123, defaulting to the phone channel', async () => {
    const a = await record('reception');
    const b = await record('rep01');
    expect(b.seq).toBe(a.seq + 1);
    expect(b.number).toBe(`2026-${String(a.seq + 1).padStart(6, '0')}`);
    expect(a).toMatchObject({ year: 2026, channel: 'phone', status: 'new', customer: null });
  });

  it('CUS-2: a rolled-back numbering leaves no gap', async () => {
    const before = await record('rep01');
    await expect(
      t.database.db.transaction(async (tx) => {
        const taken = await nextInquiryNumber(tx, 2026);
        expect(taken.seq).toBe(before.seq + 1);
        throw new Error('the insert failed');
      }),
    ).rejects.toThrow('the insert failed');
    // A refused entry takes no number either.
    await call('rep01', 'POST', '/api/inquiries', { ...entry, inquiry: '' });
    const after = await record('rep01');
    expect(after.seq).toBe(before.seq + 1);
  });

  it('CUS-2: the year is the business year in the company time zone', async () => {
    setClock('2026-12-31T16:30:00Z'); // 00:30 on 1 January 2027 in Shanghai
    const first = await record('rep01', { contactDate: '2027-01-01' });
    expect(first.number).toBe('2027-000001');
    expect(await numbers('rep01', '&year=2027')).toEqual(['2027-000001']);
    setClock('2026-03-02T01:00:00Z');
  });

  it('ORG-5: an entry belongs to its assignee, else its recorder; others in scope see it, the rest get 404', async () => {
    const own = await record('rep01', { name: '只给赵磊' });
    const routed = await record('reception', { name: '转给孙浩', assigneeId: await t.userId('rep03') });
    expect(routed.assignee.username).toBe('rep03');
    expect(await numbers('rep01')).toContain(own.number);
    expect(await numbers('rep01')).not.toContain(routed.number);
    expect(await numbers('rep03')).toContain(routed.number);
    expect(await numbers('sup_east1')).toEqual(expect.arrayContaining([own.number, routed.number]));
    expect(await numbers('manager_east')).toEqual(expect.arrayContaining([own.number, routed.number]));
    expect(await numbers('manager_south')).not.toContain(routed.number);
    expect(await numbers('reception')).toEqual(expect.arrayContaining([own.number, routed.number]));
    expect((await call('rep04', 'GET', `/api/inquiries/${own.id}`)).statusCode).toBe(404);
    expect((await call('rep01', 'GET', `/api/inquiries/${own.id}`)).json().name).toBe('只给赵磊');
  });

  it('CUS-2: search by name, contact, inquiry or number; filter by date range and status; sort by date', async () => {
    const a = await record('rep02', { name: '搜索甲', contact: 'wx_search_a', contactDate: '2026-02-10' });
    const b = await record('rep02', { name: '搜索乙', inquiry: '需要恒温恒湿', contactDate: '2026-02-20' });
    expect(await numbers('rep02', '&q=wx_search')).toEqual([a.number]);
    expect(await numbers('rep02', '&q=恒温恒湿')).toEqual([b.number]);
    expect(await numbers('rep02', `&q=${b.number}`)).toEqual([b.number]);
    expect(await numbers('rep02', '&q=搜索&from=2026-02-15&to=2026-02-28')).toEqual([b.number]);
    expect(await numbers('rep02', '&q=搜索&sort=contactDate&order=asc')).toEqual([a.number, b.number]);
    expect(await numbers('rep02', '&q=搜索&status=lead')).toEqual([]);
  });

  it('CUS-2 → CUS-4: an entry becomes a lead with its phone as the first contact; the lead’s timeline names the number', async () => {
    const e = await record('rep01', { name: '杭州新风科技', contact: '+86 139-0571-0000' });
    const res = await call('rep01', 'POST', `/api/inquiries/${e.id}/convert`, {
      type: 'potential',
      level: 'B',
    });
    expect(res.statusCode, res.body).toBe(200);
    const done = res.json();
    expect(done.status).toBe('lead');
    expect(done.customer.name).toBe('杭州新风科技');
    const rows = await rowsOf(
      sql`select c.lifecycle, c.source, c.owner_id, cc.phones, cc.name as contact
         from customers c left join customer_contacts cc on cc.customer_id = c.id where c.id = ${done.customer.id}`,
    );
    expect(rows[0]).toMatchObject({
      lifecycle: 'lead',
      source: 'inquiry',
      owner_id: await t.userId('rep01'),
      phones: ['13905710000'],
      contact: '杭州新风科技',
    });
    const timeline = await rowsOf<{ zh: string }>(
      sql`select summary->>'zh-CN' as zh from timeline_events where subject_type = 'customer' and subject_id = ${done.customer.id}`,
    );
    expect(timeline.map((r: { zh: string }) => r.zh).join()).toContain(e.number);
    const again = await call('rep01', 'POST', `/api/inquiries/${e.id}/convert`, {
      type: 'potential',
      level: 'B',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('INQUIRY_ALREADY_HANDLED');
  });

  it('CUS-1: an entry that is another rep’s customer is not turned into a second record (撞单): 409 naming it and its owner', async () => {
    const first = await record('rep01', { name: '宁波远航贸易有限公司', contact: '13905740001' });
    const made = await call('rep01', 'POST', `/api/inquiries/${first.id}/convert`, {
      type: 'potential',
      level: 'B',
    });
    expect(made.statusCode, made.body).toBe(200);
    const before = await rowsOf(sql`select count(*)::int as n from customers`);
    // The same company again, by phone and by name, converted for another rep.
    const again = await record('reception', { name: '宁波远航贸易有限公司', contact: '13905740001' });
    const refused = await call('reception', 'POST', `/api/inquiries/${again.id}/convert`, {
      type: 'potential',
      level: 'B',
      ownerId: await t.userId('rep04'),
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('CUSTOMER_DUPLICATE');
    expect(JSON.stringify(refused.json())).toContain(made.json().customer.id);
    expect(await rowsOf(sql`select count(*)::int as n from customers`)).toEqual(before);
    expect((await call('reception', 'GET', `/api/inquiries/${again.id}`)).json().status).toBe('new');
  });

  it('CUS-2: an entry in a company\u2019s name becomes a lead under that name, with the person named at conversion or none', async () => {
    const company = await record('rep01', { name: '温州瓯海阀门制造有限公司', contact: '0577-8888 1234' });
    const named = await call('rep01', 'POST', `/api/inquiries/${company.id}/convert`, {
      type: 'target',
      level: 'B',
      contactName: '陈经理',
    });
    expect(named.statusCode, named.body).toBe(200);
    const [withPerson] = await rowsOf<{ name: string; contact: string; phones: string[] }>(
      sql`select c.name, cc.name as contact, cc.phones from customers c
          join customer_contacts cc on cc.customer_id = c.id where c.id = ${named.json().customer.id}`,
    );
    expect(withPerson).toEqual({
      name: '温州瓯海阀门制造有限公司',
      contact: '陈经理',
      phones: ['057788881234'],
    });

    const other = await record('rep01', { name: '瑞安某泵业', contact: '0577-6666 0000' });
    const noPerson = await call('rep01', 'POST', `/api/inquiries/${other.id}/convert`, {
      type: 'target',
      level: 'B',
      customerName: '瑞安某泵业有限公司',
      contactName: '',
    });
    expect(noPerson.statusCode, noPerson.body).toBe(200);
    const [customer] = await rowsOf<{ name: string; phone: string; contacts: number }>(
      sql`select c.name, c.phone, (select count(*)::int from customer_contacts cc where cc.customer_id = c.id) as contacts
          from customers c where c.id = ${noPerson.json().customer.id}`,
    );
    expect(customer).toEqual({ name: '瑞安某泵业有限公司', phone: '057766660000', contacts: 0 });
  });

  it('CUS-2: the receptionist finds the salespeople to route entries to; nobody else can own a lead', async () => {
    const found = await call('reception', 'GET', '/api/inquiries/assignees?q=rep0');
    expect(found.statusCode, found.body).toBe(200);
    const names = found.json().items.map((i: { user: { username: string } }) => i.user.username);
    expect(names).toEqual(expect.arrayContaining(['rep01', 'rep02', 'rep09']));
    const byUnit = await call('reception', 'GET', `/api/inquiries/assignees?q=${encodeURIComponent('华南')}`);
    expect(byUnit.json().items.length).toBeGreaterThan(0);
    const everyone = await call('reception', 'GET', '/api/inquiries/assignees');
    const all = everyone.json().items.map((i: { user: { username: string } }) => i.user.username);
    expect(all).not.toContain('finance');
    expect(all).not.toContain('reception');
    // The register refuses someone who does not work customers, as follow-up person or as owner.
    const toFinance = await call('reception', 'POST', '/api/inquiries', {
      ...entry,
      name: '转给财务',
      assigneeId: await t.userId('finance'),
    });
    expect(toFinance.statusCode, toFinance.body).toBe(400);
    expect(Object.keys(toFinance.json().error.fields)).toEqual(['assigneeId']);
    const e = await record('reception', { name: '无锡某厂' });
    const ownedByFinance = await call('reception', 'POST', `/api/inquiries/${e.id}/convert`, {
      type: 'target',
      level: 'B',
      ownerId: await t.userId('finance'),
    });
    expect(ownedByFinance.statusCode).toBe(422);
  });

  it('CUS-2: the receptionist hands a lead to a rep; a level outside the policy list is refused', async () => {
    const e = await record('reception', { name: '上海某厂', contact: 'shanghai@example.com' });
    const noOwner = await call('reception', 'POST', `/api/inquiries/${e.id}/convert`, {
      type: 'target',
      level: 'B',
    });
    expect(noOwner.statusCode).toBe(400);
    expect(Object.keys(noOwner.json().error.fields)).toEqual(['ownerId']);
    const badLevel = await call('reception', 'POST', `/api/inquiries/${e.id}/convert`, {
      type: 'target',
      level: 'Z',
      ownerId: await t.userId('rep02'),
    });
    expect(badLevel.statusCode).toBe(400);
    expect(Object.keys(badLevel.json().error.fields)).toEqual(['level']);
    const ok = await call('reception', 'POST', `/api/inquiries/${e.id}/convert`, {
      type: 'target',
      level: 'B',
      ownerId: await t.userId('rep02'),
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const rows = await rowsOf(
      sql`select c.owner_id, cc.email from customers c join customer_contacts cc on cc.customer_id = c.id where c.id = ${ok.json().customer.id}`,
    );
    expect(rows[0]).toEqual({ owner_id: await t.userId('rep02'), email: 'shanghai@example.com' });
  });

  it('CUS-2/CUS-5: an entry links to any existing customer, whoever owns it; the owner sees it on the timeline', async () => {
    const mine = await record('rep01', { name: '老客户又来电' });
    const other = await record('rep04', { name: '李娜的线索' });
    const lead = (
      await call('rep04', 'POST', `/api/inquiries/${other.id}/convert`, { type: 'potential', level: 'C' })
    ).json();
    const res = await call('rep01', 'POST', `/api/inquiries/${mine.id}/link`, {
      customerId: lead.customer.id,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'linked', customer: { id: lead.customer.id } });
    const timeline = await rowsOf<{ kind: string; zh: string }>(
      sql`select kind, summary->>'zh-CN' as zh from timeline_events where subject_id = ${lead.customer.id} order by at`,
    );
    expect(timeline.map((r) => r.kind)).toContain('inquiry.linked');
    expect(timeline.map((r) => r.zh).join()).toContain(mine.number);
    const twice = await call('rep01', 'POST', `/api/inquiries/${mine.id}/link`, {
      customerId: lead.customer.id,
    });
    expect(twice.statusCode).toBe(409);
    const missing = await record('rep01');
    const nobody = await call('rep01', 'POST', `/api/inquiries/${missing.id}/link`, {
      customerId: '00000000-0000-4000-8000-000000000000',
    });
    expect(nobody.statusCode).toBe(400);
    // Someone else's entry cannot be acted on: 404.
    expect(
      (await call('rep04', 'POST', `/api/inquiries/${missing.id}/link`, { customerId: lead.customer.id }))
        .statusCode,
    ).toBe(404);
  });

  it('every write is audited', async () => {
    const e = await record('rep05', { name: '温州审计测试有限公司', contact: '13905770005' });
    await call('rep05', 'POST', `/api/inquiries/${e.id}/convert`, { type: 'potential', level: 'D' });
    const log = await call('admin', 'GET', '/api/audit?entity=inquiry&pageSize=200');
    const actions = log
      .json()
      .items.filter((a: { entityId: string }) => a.entityId === e.id)
      .map((a: { action: string }) => a.action)
      .sort();
    expect(actions).toEqual(['inquiry.convert', 'inquiry.create']);
  });

  it.runIf(process.env.DATABASE_URL)(
    'CUS-2: gapless first-contact numbers under 20 concurrent creations (PostgreSQL)',
    async () => {
      // A year nobody else writes in, so its register starts at 1.
      setClock('2028-06-30T02:00:00Z');
      const cookie = await t.login('reception');
      cookies.set('reception', cookie);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          t.request('POST', '/api/inquiries', {
            cookie,
            body: { ...entry, name: `并发 ${i}`, contactDate: '2028-06-30' },
          }),
        ),
      );
      expect(results.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
      const oneToTwenty = Array.from({ length: 20 }, (_, i) => i + 1);
      const seqs = results.map((r) => r.json().seq as number).sort((a, b) => a - b);
      expect(seqs).toEqual(oneToTwenty);
      expect(new Set(results.map((r) => r.json().number)).size).toBe(20);
      const rows = await rowsOf<{ seq: number }>(
        sql`select seq from inquiries where year = 2028 order by seq`,
      );
      expect(rows.map((r) => r.seq)).toEqual(oneToTwenty);
      setClock('2026-03-02T01:00:00Z');
    },
  );
});
