import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { loadDemoCustomers } from '../../demo/demo-customers.js';
import { loadDemoMoney } from '../../demo/demo-money.js';
import { loadDemoOpportunities } from '../../demo/demo-opportunities.js';

/** ORG-3/ORG-5: the 团队 page — a superior's people with today's figures, in their scope only. */
describe('team figures', async () => {
  const t = await createTestApp();
  const cookies = new Map<string, string>();
  const as = async (username: string) => {
    let cookie = cookies.get(username);
    if (!cookie) {
      cookie = await t.login(username);
      cookies.set(username, cookie);
    }
    return cookie;
  };
  const get = async (username: string, url: string) => t.request('GET', url, { cookie: await as(username) });

  beforeAll(async () => {
    const db = t.database.db;
    await loadDemoCustomers(db, t.clock);
    await loadDemoOpportunities(db, t.clock);
    await loadDemoMoney(db, t.clock);
    // The demo's customers, pipeline and money take a while on a busy PostgreSQL server.
  }, 240_000);

  it('ORG-3: a supervisor sees their own reps (rep01–rep03), not themselves and not another team', async () => {
    const res = await get('sup_east1', '/api/team');
    expect(res.statusCode, res.body).toBe(200);
    const names = res.json().items.map((m: { username: string }) => m.username);
    expect(names).toEqual(['rep01', 'rep02', 'rep03']);
  });

  it('ORG-3/ORG-5: a manager sees the people of their unit tree; the director sees everyone who sells', async () => {
    const manager = (await get('manager_east', '/api/team'))
      .json()
      .items.map((m: { username: string }) => m.username);
    expect(manager).toEqual(expect.arrayContaining(['sup_east1', 'rep01', 'rep03', 'rep04']));
    expect(manager).not.toContain('manager_east');
    const director = (await get('director', '/api/team'))
      .json()
      .items.map((m: { username: string }) => m.username);
    expect(director.length).toBeGreaterThan(manager.length);
    expect(director).toEqual(expect.arrayContaining(manager));
    // Finance and the administrator do not sell: they are nobody's team figures.
    expect(director).not.toContain('finance');
    expect(director).not.toContain('admin');
  });

  it('ORG-5: a rep has no team; another team’s rep answers 404 on the per-person route', async () => {
    expect((await get('rep01', '/api/team')).statusCode).toBe(403);
    const rep04 = await t.userId('rep04');
    const rep01 = await t.userId('rep01');
    expect((await get('sup_east1', `/api/team/${rep04}`)).statusCode).toBe(404);
    expect((await get('sup_east1', `/api/team/${await t.userId('sup_east1')}`)).statusCode).toBe(404);
    const own = await get('sup_east1', `/api/team/${rep01}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().username).toBe('rep01');
    const bad = await get('sup_east1', '/api/team/not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toContain('id');
  });

  it('ORG-3: each rep’s figures are what the rep sees in their own customers, pipeline and receivables', async () => {
    const team = (await get('sup_east1', '/api/team')).json();
    expect(team.monthFrom).toBe(`${team.today.slice(0, 8)}01`);
    let anyNonZero = false;
    for (const member of team.items) {
      // Customers and this month's collections, counted here by a query of their own.
      const [own] = await queryRows<{ customers: number; collected: string }>(
        t.database.db,
        sql`select (select count(*)::int from customers where owner_id = ${member.id} and lifecycle = 'customer') as customers,
          (select coalesce(sum(amount_fen), 0)::text from payments where owner_id = ${member.id}
            and status = 'confirmed' and received_on between ${team.monthFrom}::date and ${team.today}::date) as collected`,
      );
      expect(member.customers).toBe(own!.customers);
      expect(member.collectedThisMonthFen).toBe(own!.collected);
      // Open opportunities: the rep's own board, open columns.
      const board = (await get(member.username, '/api/opportunities/board')).json();
      const open = board.columns.filter((c: { stage: string }) => !['won', 'lost'].includes(c.stage));
      expect(member.openOpportunities).toBe(open.reduce((n: number, c: { count: number }) => n + c.count, 0));
      expect(member.openOpportunityFen).toBe(
        open.reduce((n: bigint, c: { amountFen: string }) => n + BigInt(c.amountFen), 0n).toString(),
      );
      // Overdue: the rep's own collection summary.
      const summary = (
        await get(member.username, `/api/receivables/summary?from=${team.monthFrom}&to=${team.today}`)
      ).json();
      expect(member.overdueFen).toBe(summary.overdueFen);
      if (member.customers > 0 && BigInt(member.openOpportunityFen) > 0n) anyNonZero = true;
    }
    // The demo data gives the east team work, so the comparison is not of zeros.
    expect(anyNonZero).toBe(true);
    expect(team.items.some((m: { overdueFen: string }) => BigInt(m.overdueFen) > 0n)).toBe(true);
  });

  it('ORG-3: a figure follows the data — a new customer of rep02 adds one to rep02 only', async () => {
    const before = (await get('sup_east1', '/api/team')).json().items;
    await queryRows(
      t.database.db,
      sql`insert into customers (name, name_key, level, lifecycle, type, unit_id, owner_id, owned_since)
        select '团队计数新客户有限公司', '团队计数新客户', 'B', 'customer', 'existing', u.unit_id, u.id, now()
        from users u where u.username = 'rep02'`,
    );
    const after = (await get('sup_east1', '/api/team')).json().items;
    for (const [i, m] of after.entries()) {
      expect(m.customers).toBe(before[i].customers + (m.username === 'rep02' ? 1 : 0));
    }
  });
});
