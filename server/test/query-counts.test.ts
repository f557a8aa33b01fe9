import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client.js';
import { loadDemoCustomers } from '../src/demo/demo-customers.js';
import { loadDemoMoney } from '../src/demo/demo-money.js';
import { loadDemoOpportunities } from '../src/demo/demo-opportunities.js';
import { loadDemoRequests } from '../src/demo/demo-requests.js';
import { createTestApp } from './test-app.js';

const DAY = 24 * 3_600_000;

/**
 * Queries per request on the hot endpoints (performance issue, point 2): each endpoint sends the
 * statements its data needs and no more, and none per row — a page of 20 costs what a page of 5
 * costs. Counted with t.countQueries (every statement sent, BEGIN and COMMIT included). Resolving
 * the session is counted apart (AUTH, measured on the same session by a request that stops right
 * after it), so each budget below is the endpoint's own work.
 */
describe('queries per request on the hot endpoints', async () => {
  const t = await createTestApp();
  let rep = '';
  let director = '';
  let approver = '';
  let customerId = '';

  beforeAll(async () => {
    const db = t.database.db;
    await loadDemoRequests(db, t.clock);
    await loadDemoCustomers(db, t.clock);
    await loadDemoOpportunities(db, t.clock);
    await loadDemoMoney(db, t.clock);
    // rep01 gets 25 more customers of their own, so a page of 20 is full.
    await queryRows(
      db,
      sql`insert into customers (name, name_key, level, lifecycle, type, unit_id, owner_id, owned_since)
        select '查询计数客户' || g || '号有限公司', '查询计数客户' || g, 'B', 'customer', 'existing',
          u.unit_id, u.id, ${t.clock.now().toISOString()}
        from users u, generate_series(1, 25) g where u.username = 'rep01'`,
    );
    director = await t.login('director');
    // A superior gives rep01 eight tasks, so the 待办 task section has more rows than a page of 5.
    const sup = await t.login('sup_east1');
    const assigneeId = await t.userId('rep01');
    for (let i = 1; i <= 8; i++) {
      const res = await t.request('POST', '/api/tasks', {
        cookie: sup,
        body: {
          assigneeId,
          content: `查询计数任务${i}`,
          dueAt: new Date(t.clock.now().getTime() + i * DAY).toISOString(),
          place: '公司',
          actionPlan: '计划',
          controlMethod: '控制',
          evaluationMethod: '评价',
          source: 'written',
        },
      });
      expect(res.statusCode).toBe(200);
    }
    rep = await t.login('rep01');
    // The user with the most approvals waiting in the demo company.
    const [top] = await queryRows<{ username: string }>(
      db,
      sql`select u.username from approval_steps s join users u on u.id = s.approver_id
        where s.status = 'pending' group by u.username order by count(*) desc, u.username limit 1`,
    );
    approver = await t.login(top!.username);
    const list = (await t.request('GET', '/api/customers?pageSize=1', { cookie: rep })).json();
    customerId = list.items[0].id;
  });

  /** What resolving the session costs: a request that fails its validation right after authorize. */
  async function authQueries(cookie: string): Promise<number> {
    const { res, queries } = await t.countQueries(() =>
      t.request('GET', '/api/customers/not-a-uuid', { cookie }),
    );
    expect(res.statusCode).toBe(400);
    return queries.length;
  }

  /** The endpoint's own statements (AUTH taken off), after checking it answered 200. */
  async function own(cookie: string, url: string) {
    const auth = await authQueries(cookie);
    const { res, queries } = await t.countQueries(() => t.request('GET', url, { cookie }));
    expect(res.statusCode, res.body).toBe(200);
    return { n: queries.length - auth, body: res.json(), queries };
  }

  it('resolving the session is the same few statements on every authenticated route', async () => {
    const auth = await authQueries(rep);
    expect(auth).toBeGreaterThan(0);
    // ORG-5: one statement — session, user, versions (and, when they moved, the grants); the
    // sign-in policies come from the process's policy copy (ADR 18).
    expect(auth).toBe(1);
    expect(await authQueries(director)).toBe(auth);
  });

  it('the counter sees every statement of a write: BEGIN, the writes, the audit row, COMMIT', async () => {
    const sup = await t.login('sup_east1');
    const { res, queries } = await t.countQueries(() =>
      t.request('POST', '/api/notifications/read-all', { cookie: sup }),
    );
    expect(res.statusCode).toBe(200);
    const words = queries.map((q) => q.trim().split(/\s+/)[0]!.toLowerCase());
    expect(words).toContain('begin');
    expect(words).toContain('update');
    expect(words).toContain('insert');
    expect(words.at(-1)).toBe('commit');
  });

  it('/api/me: one statement (user, unit, superior and roles together)', async () => {
    const me = await own(rep, '/api/me');
    expect(me.body.roles.length).toBeGreaterThan(0);
    expect(me.body.superior).not.toBeNull();
    expect(me.n).toBeLessThanOrEqual(1);
  });

  it('ORG-5/CUS-1: the customer list is the page and its total, whatever the page size and the scope', async () => {
    for (const cookie of [rep, director]) {
      const five = await own(cookie, '/api/customers?pageSize=5');
      const twenty = await own(cookie, '/api/customers?pageSize=20');
      expect(five.body.items).toHaveLength(5);
      expect(twenty.body.items).toHaveLength(20);
      // Rows and total: two statements; no statement per row.
      expect(twenty.n).toBeLessThanOrEqual(2);
      expect(twenty.n).toBe(five.n);
    }
  });

  it('CUS-1: searching the customer list (`q`) adds no statement', async () => {
    for (const cookie of [rep, director]) {
      const plain = await own(cookie, '/api/customers?pageSize=20');
      const searched = await own(cookie, `/api/customers?pageSize=20&q=${encodeURIComponent('查询计数')}`);
      expect(searched.body.items.length).toBeGreaterThan(0);
      expect(searched.n).toBeLessThanOrEqual(plain.n);
    }
  });

  it('ORG-5: a customer detail is one statement (the scope is part of it)', async () => {
    const detail = await own(rep, `/api/customers/${customerId}`);
    expect(detail.body.id).toBe(customerId);
    expect(detail.n).toBeLessThanOrEqual(1);
    expect((await own(director, `/api/customers/${customerId}`)).n).toBeLessThanOrEqual(1);
  });

  it("the 待办 badge: one statement for every source's count and the unread notices (policies from the policy copy)", async () => {
    const count = await own(rep, '/api/todo/count');
    expect(count.body.sections.length).toBeGreaterThanOrEqual(9);
    expect(count.body.sections.find((s: { key: string }) => s.key === 'tasks.tasks').count).toBe(8);
    expect(count.n).toBeLessThanOrEqual(1);
    expect((await own(approver, '/api/todo/count')).n).toBe(count.n);
  });

  it('the 待办 list: a fixed number of statements per section, none per row', async () => {
    for (const cookie of [rep, approver]) {
      const five = await own(cookie, '/api/todo?limit=5');
      const twenty = await own(cookie, '/api/todo?limit=20');
      // One statement per source (ADR 22): its first rows with the names joined and its total
      // counted over the same rows (policies such as the due-soon window from the policy copy, ADR 18).
      expect(twenty.n).toBeLessThanOrEqual(twenty.body.sections.length);
      expect(twenty.n).toBe(five.n);
    }
    const section = (body: { sections: { key: string }[] }, key: string) =>
      body.sections.find((s) => s.key === key) as unknown as {
        total: number;
        items: { subject: string | null }[];
      };
    const list = await own(rep, '/api/todo?limit=20');
    expect(section(list.body, 'tasks.tasks')).toMatchObject({ total: 8 });
    expect(section(list.body, 'tasks.tasks').items).toHaveLength(8);
    const five = await own(rep, '/api/todo?limit=5');
    expect(section(five.body, 'tasks.tasks')).toMatchObject({ total: 8 });
    expect(section(five.body, 'tasks.tasks').items).toHaveLength(5);
    const approvals = section((await own(approver, '/api/todo?limit=20')).body, 'approvals.waiting');
    expect(approvals.total).toBeGreaterThan(0);
    expect(approvals.items[0]!.subject).toBeTruthy();
  });

  it('the unread notifications count is one statement', async () => {
    const unread = await own(rep, '/api/notifications/unread-count');
    expect(unread.n).toBeLessThanOrEqual(1);
  });

  it('AR-9: aging is one statement (its policies from the policy copy)', async () => {
    const aging = await own(director, '/api/receivables/aging');
    expect(aging.n).toBeLessThanOrEqual(1);
    expect((await own(director, '/api/receivables/aging?groupBy=customer')).n).toBe(aging.n);
  });

  it('AR-5: the receivable list is one statement (rows with their bounded total)', async () => {
    // The demo company's instalments fill a page of 15.
    const five = await own(director, '/api/receivables?pageSize=5');
    const fifteen = await own(director, '/api/receivables?pageSize=15');
    expect(fifteen.body.total).toBeGreaterThan(15);
    expect(fifteen.body.items).toHaveLength(15);
    expect(fifteen.n).toBeLessThanOrEqual(1);
    expect(fifteen.n).toBe(five.n);
  });

  it('ORG-3: the team page is the company day and one statement, however many people', async () => {
    const supervisor = await t.login('sup_east1');
    const team = await own(supervisor, '/api/team');
    expect(team.body.items.length).toBe(3);
    // The time-zone policy, then the people with their four figures in one statement.
    expect(team.n).toBeLessThanOrEqual(2);
    const company = await own(director, '/api/team');
    expect(company.body.items.length).toBeGreaterThan(team.body.items.length);
    expect(company.n).toBe(team.n);
  });

  it('AR-9: the collection summary is three statements', async () => {
    const url = '/api/receivables/summary?from=2026-01-01&to=2026-12-31';
    const summary = await own(director, url);
    // Open and overdue today, due and collected in the period, sales of the DSO window.
    expect(summary.n).toBeLessThanOrEqual(3);
    // By rep: the reps' names in one more statement, however many reps.
    expect((await own(director, `${url}&groupBy=rep`)).n).toBeLessThanOrEqual(4);
  });

  it('OPS-5: the 工作台 computes its figures in a fixed number of statements, and serves them kept after', async () => {
    const sup = await t.login('sup_east1');
    const fin = await t.login('finance');
    // indicatorsFor (PLAN-5, the indicators read model) reads the unit tree, each metric's facts
    // and targets, the collection rate, customer satisfaction (SVC-2: people and units), the
    // expenses of every subject and period in one statement (EXP-1) and the market sizes: 13–14. The 工作台 adds the units and people in scope, one statement of money
    // and pipeline figures, and for the company the aging report (1) and the funnel (3).
    const budgets: [string, string, number, number][] = [
      // + today's visits and the 待办 counts, read on every request.
      [rep, '/api/workbench/me', 17, 2],
      [sup, '/api/workbench/team', 15, 0],
      [director, '/api/workbench/team', 15, 0],
      // The company's figures cover every month of the year (targets vs actual, trends) and the regions.
      [director, '/api/workbench/company', 33, 0],
      [fin, '/api/workbench/finance', 2, 0],
      [director, '/api/sales-status', 17, 0],
      [rep, '/api/sales-status', 17, 0],
    ];
    for (const [cookie, url, cold, warm] of budgets) {
      const computed = await own(cookie, `${url}?fresh=true`);
      expect(computed.n, url).toBeLessThanOrEqual(cold);
      const kept = await own(cookie, url);
      expect(kept.body.asOf, url).toBe(computed.body.asOf);
      expect(kept.n, url).toBeLessThanOrEqual(warm);
    }
    // However many people: the director's team (everyone) costs what a supervisor's three do.
    const three = await own(sup, '/api/workbench/team?fresh=true');
    const all = await own(director, '/api/workbench/team?fresh=true');
    expect(all.body.people.length).toBeGreaterThan(three.body.people.length);
    expect(all.n).toBe(three.n);
  });
});
