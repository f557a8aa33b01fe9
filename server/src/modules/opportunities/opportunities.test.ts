import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { loadDemoOpportunities } from '../../demo/demo-opportunities.js';
import { auditLog } from '../../platform/audit/tables.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { users } from '../../platform/org/tables.js';
import { setPolicy } from '../../platform/policies/write.js';
import { timelineEvents } from '../../platform/timeline/tables.js';
import { customers } from '../customers/index.js';
import { stageProbability } from './policies.js';
import { opportunities } from './tables.js';

const MINUTE = 60_000;

type Item = {
  id: string;
  name: string;
  stage: string;
  amountFen: string;
  probability: number;
  weightedFen: string;
  owner: { username: string };
  customer: { id: string; name: string };
  unit: { id: string };
  canEdit: boolean;
  closedAt: string | null;
  lostReason: string | null;
};

describe('opportunities (商机, CUS-8)', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const cookies = new Map<string, string>();
  const call = async (
    u: string,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    body?: unknown,
    lang?: string,
  ) => {
    if (!cookies.has(u)) cookies.set(u, await t.login(u));
    return t.request(method, url, {
      cookie: cookies.get(u)!,
      ...(body !== undefined ? { body } : {}),
      ...(lang ? { lang } : {}),
    });
  };

  /** A customer owned by a demo user, written straight to the table (the customer API is elsewhere). */
  const customer = async (owner: string, name: string) => {
    const ownerId = await t.userId(owner);
    const [u] = await db.select({ unitId: users.unitId }).from(users).where(eq(users.id, ownerId));
    const [row] = await db
      .insert(customers)
      .values({ name, nameKey: name, unitId: u!.unitId, level: 'B', ownerId, ownedSince: t.clock.now() })
      .returning();
    return row!.id;
  };
  const create = async (u: string, body: Record<string, unknown>): Promise<Item> => {
    const res = await call(u, 'POST', '/api/opportunities', {
      name: '年度采购',
      amountFen: '1000000',
      expectedCloseDate: '2026-06-30',
      ...body,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const move = async (u: string, id: string, stage: string, lostReason?: string) => {
    t.clock.advance(MINUTE);
    return call(u, 'POST', `/api/opportunities/${id}/stage`, {
      stage,
      ...(lostReason ? { lostReason } : {}),
    });
  };
  const names = async (u: string, query = '') =>
    (await call(u, 'GET', `/api/opportunities?pageSize=200${query}`))
      .json()
      .items.map((i: Item) => i.name)
      .sort();

  const rep01Customer = await customer('rep01', '华宇建材');
  const rep02Customer = await customer('rep02', '东方机电');
  const rep04Customer = await customer('rep04', '南山化工');

  it('CUS-8: a rep opens an opportunity on their customer — lead, exact fen, weighted by the stage probability', async () => {
    const o = await create('rep01', {
      customerId: rep01Customer,
      name: '华宇二期',
      amountFen: '12345678',
      remark: '  ',
    });
    expect(o).toMatchObject({
      name: '华宇二期',
      customer: { id: rep01Customer, name: '华宇建材' },
      stage: 'lead',
      amountFen: '12345678',
      probability: 10,
      weightedFen: '1234568',
      expectedCloseDate: '2026-06-30',
      owner: { username: 'rep01' },
      closedAt: null,
      remark: null,
      canEdit: true,
    });
    const history = (await call('rep01', 'GET', `/api/opportunities/${o.id}/history`)).json();
    expect(history.items).toMatchObject([{ fromStage: null, toStage: 'lead', actor: { username: 'rep01' } }]);
    const events = await db
      .select()
      .from(timelineEvents)
      .where(and(eq(timelineEvents.subjectId, rep01Customer), eq(timelineEvents.refId, o.id)));
    expect(events).toMatchObject([
      {
        subjectType: 'customer',
        kind: 'opportunity.created',
        summary: { 'zh-CN': '新建商机「华宇二期」（线索）', en: 'New opportunity "华宇二期" (Lead)' },
      },
    ]);
  });

  it('CUS-8/ORG-5: an opportunity needs a customer the actor can read; another’s customer → 404 on the field', async () => {
    const res = await call('rep01', 'POST', '/api/opportunities', {
      customerId: rep04Customer,
      name: 'x',
      amountFen: '1',
      expectedCloseDate: '2026-06-30',
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.fields.customerId).toBeTruthy();
  });

  it('ORG-5: rep01 sees only their own; sup_east1 also rep01’s and rep02’s; another’s id → 404', async () => {
    const mine = await create('rep01', { customerId: rep01Customer, name: 'S-rep01' });
    const theirs = await create('rep02', { customerId: rep02Customer, name: 'S-rep02' });
    const far = await create('rep04', { customerId: rep04Customer, name: 'S-rep04' });
    const scoped = (list: string[]) => list.filter((n) => n.startsWith('S-'));
    expect(scoped(await names('rep01'))).toEqual(['S-rep01']);
    expect(scoped(await names('sup_east1'))).toEqual(['S-rep01', 'S-rep02']);
    expect(scoped(await names('director'))).toEqual(['S-rep01', 'S-rep02', 'S-rep04']);
    expect(scoped(await names('gm'))).toEqual(['S-rep01', 'S-rep02', 'S-rep04']);
    for (const [method, url, body] of [
      ['GET', `/api/opportunities/${theirs.id}`, undefined],
      ['GET', `/api/opportunities/${theirs.id}/history`, undefined],
      ['PATCH', `/api/opportunities/${theirs.id}`, { name: 'mine now' }],
      ['POST', `/api/opportunities/${theirs.id}/stage`, { stage: 'needs' }],
    ] as const) {
      expect((await call('rep01', method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await call('sup_east1', 'GET', `/api/opportunities/${far.id}`)).statusCode).toBe(404);
    const bySup = (await call('sup_east1', 'GET', `/api/opportunities/${mine.id}`)).json();
    expect(bySup).toMatchObject({ owner: { username: 'rep01' }, canEdit: true });
    const byGm = (await call('gm', 'GET', `/api/opportunities/${mine.id}`)).json();
    expect(byGm.canEdit).toBe(false);
    expect(
      (await call('gm', 'POST', `/api/opportunities/${mine.id}/stage`, { stage: 'needs' })).statusCode,
    ).toBe(403);
    const board = (await call('rep01', 'GET', '/api/opportunities/board?q=S-')).json();
    expect(board.columns.flatMap((c: { items: Item[] }) => c.items.map((i) => i.name))).toEqual(['S-rep01']);
  });

  it('ORG-5: a supervisor opens an opportunity for their rep (rep’s unit); not for someone outside their scope', async () => {
    const o = await create('sup_east1', {
      customerId: rep01Customer,
      name: 'For rep01',
      ownerId: await t.userId('rep01'),
    });
    expect(o.owner.username).toBe('rep01');
    const [rep01] = await db.select().from(users).where(eq(users.username, 'rep01'));
    expect(o.unit.id).toBe(rep01!.unitId);
    const outside = await call('sup_east1', 'POST', '/api/opportunities', {
      customerId: rep01Customer,
      name: 'For rep04',
      amountFen: '1',
      expectedCloseDate: '2026-06-30',
      ownerId: await t.userId('rep04'),
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.code).toBe('OPPORTUNITY_OWNER_INVALID');
    expect(outside.json().error.fields.ownerId).toBeTruthy();
  });

  it('CUS-8: stage moves are recorded in order, shown on the customer timeline in both languages, and won closes it', async () => {
    const o = await create('rep01', { customerId: rep01Customer, name: 'Pipeline' });
    expect((await move('rep01', o.id, 'needs')).json()).toMatchObject({ stage: 'needs', probability: 20 });
    expect((await move('rep01', o.id, 'negotiation')).json()).toMatchObject({ stage: 'negotiation' });
    const won = (await move('rep01', o.id, 'won')).json();
    expect(won).toMatchObject({ stage: 'won', probability: 100, weightedFen: '1000000', canEdit: false });
    expect(won.closedAt).toBe(t.clock.now().toISOString());
    const history = (await call('rep01', 'GET', `/api/opportunities/${o.id}/history`)).json().items;
    expect(
      history.map((h: { fromStage: string | null; toStage: string }) => [h.fromStage, h.toStage]),
    ).toEqual([
      [null, 'lead'],
      ['lead', 'needs'],
      ['needs', 'negotiation'],
      ['negotiation', 'won'],
    ]);
    const events = await db
      .select()
      .from(timelineEvents)
      .where(and(eq(timelineEvents.refId, o.id), eq(timelineEvents.kind, 'opportunity.stage')));
    expect(events).toHaveLength(3);
    expect(events.find((e) => (e.data as { to: string }).to === 'won')).toMatchObject({
      subjectId: rep01Customer,
      data: { from: 'negotiation', to: 'won' },
      summary: { 'zh-CN': '商机「Pipeline」：谈判 → 赢单', en: 'Opportunity "Pipeline": Negotiation → Won' },
    });
  });

  it('CUS-8: a closed opportunity cannot move or be edited again (422); the same stage is refused too', async () => {
    const o = await create('rep01', { customerId: rep01Customer, name: 'Closing' });
    const same = await move('rep01', o.id, 'lead');
    expect(same.statusCode).toBe(422);
    expect(same.json().error.code).toBe('OPPORTUNITY_SAME_STAGE');
    expect((await move('rep01', o.id, 'won')).statusCode).toBe(200);
    const again = await move('rep01', o.id, 'negotiation', undefined);
    expect(again.statusCode).toBe(422);
    expect(again.json().error.code).toBe('OPPORTUNITY_CLOSED');
    const edit = await call('rep01', 'PATCH', `/api/opportunities/${o.id}`, { amountFen: '5' });
    expect(edit.statusCode).toBe(422);
    expect(edit.json().error.code).toBe('OPPORTUNITY_CLOSED');
  });

  it('CUS-8: lost needs a reason — refused without, in zh-CN and en; kept with one', async () => {
    const o = await create('rep01', { customerId: rep01Customer, name: 'Losing' });
    const zh = await call('rep01', 'POST', `/api/opportunities/${o.id}/stage`, { stage: 'lost' });
    const en = await call(
      'rep01',
      'POST',
      `/api/opportunities/${o.id}/stage`,
      { stage: 'lost', lostReason: ' ' },
      'en',
    );
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.fields).toEqual({ lostReason: '必填' });
    expect(en.json().error.fields).toEqual({ lostReason: 'Required' });
    expect((await call('rep01', 'GET', `/api/opportunities/${o.id}`)).json().stage).toBe('lead');
    const lost = (await move('rep01', o.id, 'lost', '价格高于竞品')).json();
    expect(lost).toMatchObject({
      stage: 'lost',
      lostReason: '价格高于竞品',
      probability: 0,
      weightedFen: '0',
    });
    expect(lost.closedAt).not.toBeNull();
    const [event] = await db
      .select()
      .from(timelineEvents)
      .where(and(eq(timelineEvents.refId, o.id), eq(timelineEvents.kind, 'opportunity.stage')));
    expect(event!.summary).toEqual({
      'zh-CN': '商机「Losing」：线索 → 输单（输单原因：价格高于竞品）',
      en: 'Opportunity "Losing": Lead → Lost (lost because: 价格高于竞品)',
    });
  });

  it('CUS-8: edits change name, amount, date and remark of an open one; a supervisor may edit a rep’s', async () => {
    const o = await create('rep02', { customerId: rep02Customer, name: 'Edit me' });
    const res = await call('sup_east1', 'PATCH', `/api/opportunities/${o.id}`, {
      name: 'Edited',
      amountFen: '250000',
      expectedCloseDate: '2026-09-30',
      remark: '加急',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Edited',
      amountFen: '250000',
      weightedFen: '25000',
      expectedCloseDate: '2026-09-30',
      remark: '加急',
      owner: { username: 'rep02' },
    });
  });

  it('CUS-8: weighted amounts follow the stage-probability policy in force when read', async () => {
    const customerId = await customer('rep03', '政策客户');
    const o = await create('rep03', { customerId, name: 'Weighted', amountFen: '333333' });
    await move('rep03', o.id, 'negotiation');
    const before = (await call('rep03', 'GET', `/api/opportunities/${o.id}`)).json();
    expect(before).toMatchObject({ probability: 70, weightedFen: '233333' });
    const ctx: Ctx = {
      db,
      clock: t.clock,
      actor: null,
      requestId: 'test',
      ip: null,
      userAgent: null,
      lang: 'zh-CN',
    };
    await inTx(ctx, (tx) =>
      setPolicy(tx, ctx, {
        id: stageProbability.id,
        value: { lead: 5, needs: 15, solution: 35, negotiation: 55, won: 100, lost: 0 },
      }),
    );
    const after = (await call('rep03', 'GET', `/api/opportunities/${o.id}`)).json();
    expect(after).toMatchObject({ probability: 55, weightedFen: '183333' });
    const board = (await call('rep03', 'GET', '/api/opportunities/board')).json();
    const negotiation = board.columns.find((c: { stage: string }) => c.stage === 'negotiation');
    expect(negotiation).toMatchObject({ count: 1, amountFen: '333333', weightedFen: '183333' });
    // Back to the defaults for the tests after this one.
    t.clock.advance(MINUTE);
    await inTx(ctx, (tx) => setPolicy(tx, ctx, { id: stageProbability.id, value: stageProbability.default }));
  });

  it('CUS-8: the funnel counts how many reached at least each stage, the conversion, and what sits where now', async () => {
    const customerId = await customer('rep05', '漏斗客户');
    const a = await create('rep05', { customerId, name: 'F-A', amountFen: '100' });
    const b = await create('rep05', { customerId, name: 'F-B', amountFen: '200' });
    const c = await create('rep05', { customerId, name: 'F-C', amountFen: '300' });
    const d = await create('rep05', { customerId, name: 'F-D', amountFen: '400' });
    const e = await create('rep05', { customerId, name: 'F-E', amountFen: '501', stage: 'solution' });
    await move('rep05', b.id, 'needs');
    await move('rep05', b.id, 'solution');
    await move('rep05', c.id, 'needs');
    await move('rep05', c.id, 'solution');
    await move('rep05', c.id, 'negotiation');
    await move('rep05', c.id, 'won');
    await move('rep05', d.id, 'needs');
    await move('rep05', d.id, 'lost', '预算取消');
    expect(a.stage).toBe('lead');
    const funnel = (await call('rep05', 'GET', '/api/opportunities/funnel')).json();
    expect(funnel.stages).toEqual([
      { stage: 'lead', reached: 5, conversionPct: null, count: 1, amountFen: '100', weightedFen: '10' },
      { stage: 'needs', reached: 4, conversionPct: 80, count: 0, amountFen: '0', weightedFen: '0' },
      // solution: B 200 × 40% = 80 and E 501 × 40% = 200.4 → 200, each opportunity rounded on its own
      { stage: 'solution', reached: 3, conversionPct: 75, count: 2, amountFen: '701', weightedFen: '280' },
      { stage: 'negotiation', reached: 1, conversionPct: 33.3, count: 0, amountFen: '0', weightedFen: '0' },
      { stage: 'won', reached: 1, conversionPct: 100, count: 1, amountFen: '300', weightedFen: '300' },
    ]);
    expect(funnel).toMatchObject({
      lost: { count: 1, amountFen: '400' },
      total: 5,
      openAmountFen: '801',
      openWeightedFen: '290',
    });
    const forRep05 = (
      await call('director', 'GET', `/api/opportunities/funnel?ownerId=${await t.userId('rep05')}`)
    ).json();
    expect(forRep05.stages).toEqual(funnel.stages);
    const future = (
      await call(
        'rep05',
        'GET',
        `/api/opportunities/funnel?createdFrom=${encodeURIComponent('2030-01-01T00:00:00Z')}`,
      )
    ).json();
    expect(future).toMatchObject({
      total: 0,
      stages: [{ reached: 0 }, { reached: 0, conversionPct: null }, {}, {}, {}],
    });
    expect(e.probability).toBe(40);
  });

  it('CUS-8: the board has a column per stage with count, sums and a capped list of cards', async () => {
    const customerId = await customer('rep06', '看板客户');
    for (const [i, amount] of ['100', '200', '300'].entries())
      await create('rep06', {
        customerId,
        name: `B-${i}`,
        amountFen: amount,
        expectedCloseDate: `2026-0${i + 4}-01`,
      });
    const board = (await call('rep06', 'GET', '/api/opportunities/board?perColumn=2')).json();
    expect(board.columns.map((c: { stage: string }) => c.stage)).toEqual([
      'lead',
      'needs',
      'solution',
      'negotiation',
      'won',
      'lost',
    ]);
    const lead = board.columns[0];
    expect(lead).toMatchObject({ count: 3, amountFen: '600', weightedFen: '60', more: 1 });
    expect(lead.items.map((i: Item) => i.name)).toEqual(['B-0', 'B-1']);
    expect(board.columns[1]).toMatchObject({
      count: 0,
      amountFen: '0',
      weightedFen: '0',
      items: [],
      more: 0,
    });
  });

  it('lists filter by text (also the customer’s name), stages, open/closed and expected date; sort by amount', async () => {
    const customerId = await customer('rep07', '筛选测试公司');
    await create('rep07', { customerId, name: 'L-1', amountFen: '30', expectedCloseDate: '2026-04-01' });
    const two = await create('rep07', {
      customerId,
      name: 'L-2',
      amountFen: '10',
      expectedCloseDate: '2026-05-01',
    });
    const three = await create('rep07', {
      customerId,
      name: 'L-3',
      amountFen: '20',
      expectedCloseDate: '2026-06-01',
    });
    await move('rep07', two.id, 'needs');
    await move('rep07', three.id, 'lost', '无预算');
    expect(await names('rep07', '&q=筛选测试')).toEqual(['L-1', 'L-2', 'L-3']);
    expect(await names('rep07', '&q=L-2')).toEqual(['L-2']);
    expect(await names('rep07', '&stage=lead&stage=needs')).toEqual(['L-1', 'L-2']);
    expect(await names('rep07', '&stage=needs')).toEqual(['L-2']);
    expect(await names('rep07', '&status=closed')).toEqual(['L-3']);
    expect(await names('rep07', '&status=open')).toEqual(['L-1', 'L-2']);
    expect(await names('rep07', '&expectedFrom=2026-04-15&expectedTo=2026-06-01')).toEqual(['L-2', 'L-3']);
    const sorted = (await call('rep07', 'GET', '/api/opportunities?sort=amountFen&order=asc')).json();
    expect(sorted.items.map((i: Item) => i.amountFen)).toEqual(['10', '20', '30']);
    expect(sorted.total).toBe(3);
    const paged = (
      await call('rep07', 'GET', '/api/opportunities?sort=amountFen&order=desc&pageSize=1&page=2')
    ).json();
    expect(paged).toMatchObject({ total: 3, page: 2, items: [{ name: 'L-3' }] });
    expect((await call('rep07', 'GET', '/api/opportunities?stage=closed')).statusCode).toBe(400);
  });

  it('money travels as exact fen strings, never floats; a float or a number is refused', async () => {
    const big = await create('rep08', {
      customerId: await customer('rep08', '大单客户'),
      name: 'Big',
      amountFen: '999999999999999',
    });
    expect(big).toMatchObject({ amountFen: '999999999999999', weightedFen: '100000000000000' });
    const list = (await call('rep08', 'GET', '/api/opportunities')).json();
    for (const item of list.items) {
      expect(typeof item.amountFen).toBe('string');
      expect(typeof item.weightedFen).toBe('string');
    }
    const board = (await call('rep08', 'GET', '/api/opportunities/board')).json();
    expect(board.columns[0]).toMatchObject({ amountFen: '999999999999999', weightedFen: '100000000000000' });
    for (const amountFen of ['12.5', 100, '-1', '1e3', '']) {
      const res = await call('rep08', 'POST', '/api/opportunities', {
        customerId: big.customer.id,
        name: 'x',
        amountFen,
        expectedCloseDate: '2026-06-30',
      });
      expect(res.statusCode, String(amountFen)).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual(['amountFen']);
    }
  });

  it('every write is audited in its transaction', async () => {
    const o = await create('rep09', { customerId: await customer('rep09', '审计客户'), name: 'Audited' });
    await call('rep09', 'PATCH', `/api/opportunities/${o.id}`, { remark: '备注' });
    await move('rep09', o.id, 'needs');
    const rows = await db.select().from(auditLog).where(eq(auditLog.entityId, o.id));
    expect(rows.map((r) => r.action).sort()).toEqual([
      'opportunity.create',
      'opportunity.stage',
      'opportunity.update',
    ]);
    expect(rows.find((r) => r.action === 'opportunity.stage')).toMatchObject({
      actorName: 'rep09',
      before: { stage: 'lead' },
      after: { stage: 'needs' },
    });
  });
});

describe('demo pipeline', async () => {
  const t = await createTestApp();
  const db = t.database.db;

  it('does nothing without customers of rep01–rep04; then spreads their opportunities over the stages', async () => {
    await loadDemoOpportunities(db, t.clock);
    expect(await db.select().from(opportunities)).toHaveLength(0);
    for (const username of ['rep01', 'rep02', 'rep03', 'rep04']) {
      const ownerId = await t.userId(username);
      const [u] = await db.select({ unitId: users.unitId }).from(users).where(eq(users.id, ownerId));
      await db
        .insert(customers)
        .values({ name: `${username} 客户`, nameKey: username, unitId: u!.unitId, level: 'A', ownerId });
    }
    await loadDemoOpportunities(db, t.clock);
    const rows = await db.select().from(opportunities);
    expect(rows).toHaveLength(12);
    expect(new Set(rows.map((r) => r.stage))).toEqual(
      new Set(['lead', 'needs', 'solution', 'negotiation', 'won', 'lost']),
    );
    expect(rows.find((r) => r.stage === 'lost')?.lostReason).toBeTruthy();
    const board = (
      await t.request('GET', '/api/opportunities/board', { cookie: await t.login('rep01') })
    ).json();
    expect(board.columns.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(3);
    await loadDemoOpportunities(db, t.clock);
    expect(await db.select().from(opportunities)).toHaveLength(12);
  });
});
