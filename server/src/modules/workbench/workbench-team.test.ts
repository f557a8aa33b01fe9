import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { loadDemoCustomers } from '../../demo/demo-customers.js';
import { loadDemoMoney } from '../../demo/demo-money.js';
import { loadDemoOpportunities } from '../../demo/demo-opportunities.js';
import { approveDemoTargets } from './test-kit.js';

const sum = (xs: string[]) => xs.reduce((n, x) => n + BigInt(x), 0n).toString();

/** OPS-5: a supervisor's or manager's 工作台 — their people's figures, and the team's as their sum. */
describe('workbench: the team', async () => {
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
  const get = async (username: string, url: string) => {
    const res = await t.request('GET', url, { cookie: await as(username) });
    expect(res.statusCode, `${username} ${url}: ${res.body}`).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    const db = t.database.db;
    await loadDemoCustomers(db, t.clock);
    await loadDemoOpportunities(db, t.clock);
    await loadDemoMoney(db, t.clock);
    await approveDemoTargets(db, {
      year: 2026,
      perPerson: () => 4_000_000n,
      metrics: ['collected_amount', 'signed_amount'],
    });
  }, 240_000);

  it('ORG-5/OPS-5: a supervisor sees their reps (not themselves, not another team), each with the rep’s own figures', async () => {
    const team = await get('sup_east1', '/api/workbench/team');
    expect(team.people.map((p: { user: { username: string } }) => p.user.username)).toEqual([
      'rep01',
      'rep02',
      'rep03',
    ]);
    let nonZero = false;
    for (const p of team.people) {
      const own = await get(p.user.username, '/api/workbench/me');
      expect(p.sales).toEqual(own.kpis.sales);
      expect(p.collected).toEqual(own.kpis.collected.month);
      const { link: _ol, ...overdue } = p.overdue;
      const { link: _ml, ...mine } = own.overdue;
      expect(overdue).toEqual(mine);
      expect([p.pipeline.count, p.pipeline.amountFen, p.pipeline.weightedFen]).toEqual([
        own.pipeline.count,
        own.pipeline.amountFen,
        own.pipeline.weightedFen,
      ]);
      // Drill-down: the person's overdue list and pipeline, as the supervisor sees them.
      expect(p.overdue.link).toContain(`ownerId=${p.user.id}`);
      const linked = await get('sup_east1', `/api${p.overdue.link}&pageSize=200`);
      expect(sum(linked.items.map((r: { openFen: string }) => r.openFen))).toBe(p.overdue.amountFen);
      const opps = await get('sup_east1', `/api${p.pipeline.link.replace('tab=list&', '')}&pageSize=200`);
      expect(opps.total).toBe(p.pipeline.count);
      expect(p.link).toBe(
        `/indicators?subject=user%3A${p.user.id}&period=${team.month}&metric=${team.salesMetric}`,
      );
      if (BigInt(p.overdue.amountFen) > 0n && p.pipeline.count > 0) nonZero = true;
    }
    expect(nonZero).toBe(true);
  });

  it('OPS-5: the team’s figures are the sum of its people’s', async () => {
    const team = await get('sup_east1', '/api/workbench/team');
    const people = team.people as {
      sales: { month: { actual: string; target: string | null }; year: { actual: string } };
      overdue: { amountFen: string; count: number };
      pipeline: { count: number; amountFen: string };
    }[];
    expect(team.total.kpis.sales.month.actual).toBe(sum(people.map((p) => p.sales.month.actual)));
    expect(team.total.kpis.sales.year.actual).toBe(sum(people.map((p) => p.sales.year.actual)));
    expect(team.total.kpis.sales.month.target).toBe(sum(people.map((p) => p.sales.month.target ?? '0')));
    expect(team.total.overdue.amountFen).toBe(sum(people.map((p) => p.overdue.amountFen)));
    expect(team.total.overdue.count).toBe(people.reduce((n, p) => n + p.overdue.count, 0));
    expect(team.total.pipeline.count).toBe(people.reduce((n, p) => n + p.pipeline.count, 0));
    expect(team.total.pipeline.amountFen).toBe(sum(people.map((p) => p.pipeline.amountFen)));
    expect(team.targetsSet).toBe(true);
  });

  it('ORG-5: a manager’s team is their unit tree’s people; the director’s everyone who sells', async () => {
    const manager = (await get('manager_east', '/api/workbench/team')).people.map(
      (p: { user: { username: string } }) => p.user.username,
    );
    expect(manager).toEqual(expect.arrayContaining(['sup_east1', 'rep01', 'rep04']));
    expect(manager).not.toContain('manager_east');
    expect(manager).not.toContain('rep07');
    const director = (await get('director', '/api/workbench/team')).people.map(
      (p: { user: { username: string } }) => p.user.username,
    );
    expect(director).toEqual(expect.arrayContaining([...manager, 'rep07', 'rep12']));
    expect(director).not.toContain('finance');
  });

  it('ORG-5: only a reader who sees more than themselves has a team', async () => {
    expect((await t.request('GET', '/api/workbench/team', { cookie: await as('rep01') })).statusCode).toBe(
      403,
    );
    expect((await t.request('GET', '/api/workbench/team', { cookie: await as('finance') })).statusCode).toBe(
      403,
    );
  });
});
