import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { loadDemoCustomers } from '../../demo/demo-customers.js';
import { loadDemoMoney } from '../../demo/demo-money.js';
import { loadDemoOpportunities } from '../../demo/demo-opportunities.js';
import { indicatorsFor } from '../indicators/index.js';
import { approveDemoTargets } from './test-kit.js';

const sum = (xs: string[]) => xs.reduce((n, x) => n + BigInt(x), 0n).toString();
const withoutLink = <T extends { link: string }>({ link: _link, ...rest }: T) => rest;

interface StatusRow {
  key: string;
  parentKey: string | null;
  unit: { id: string; name: string } | null;
  user: { id: string; username: string } | null;
  sales: { actual: string; target: string | null };
  overdue: { amountFen: string; count: number; link: string };
  pipeline: { count: number; amountFen: string; link: string };
}

/** OPS-5: the director's 工作台 — the company and its regions, each figure equal to the list behind it. */
describe('workbench: the company', async () => {
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
      perPerson: (u) => BigInt(1_000_000 * (1 + (u.charCodeAt(u.length - 1) % 5))),
      metrics: ['collected_amount', 'signed_amount'],
    });
  }, 240_000);

  it('OPS-5/PLAN-5: the company’s targets and sales, month by month, are the indicators read model’s', async () => {
    const c = await get('director', '/api/workbench/company');
    const root = c.root.id as string;
    const rows = await indicatorsFor(t.database.db, {
      subjects: [{ type: 'unit', id: root }],
      periods: [...c.byMonth.map((m: { month: string }) => m.month), c.year],
      at: t.clock.now(),
    });
    expect(c.byMonth).toHaveLength(12);
    for (const m of c.byMonth) {
      const r = rows.find((x) => x.period === m.month)!.metrics[c.salesMetric as 'collected_amount'];
      expect([m.actual, m.target, m.completionPct]).toEqual([r.actual, r.target, r.completionPct]);
      expect(m.link).toBe(`/indicators?subject=unit%3A${root}&period=${m.month}&metric=${c.salesMetric}`);
    }
    const year = rows.find((x) => x.period === c.year)!;
    expect(withoutLink(c.kpis.sales.year)).toEqual(year.metrics[c.salesMetric as 'collected_amount']);
    expect(withoutLink(c.kpis.signed.year)).toEqual(year.metrics.signed_amount);
    expect(c.targetsSet).toBe(true);
    // The collected trend's money per month is the collected indicator of the month.
    for (const tr of c.trend)
      expect(tr.collectedFen).toBe(rows.find((x) => x.period === tr.month)!.metrics.collected_amount.actual);
  });

  it('OPS-5/AR-9: overdue, aging and the trend are the receivables lists and the aging report of the director', async () => {
    const c = await get('director', '/api/workbench/company');
    const overdue = await get('director', '/api/receivables?status=overdue&pageSize=200');
    expect(c.overdue.amountFen).toBe(sum(overdue.items.map((r: { openFen: string }) => r.openFen)));
    expect(c.overdue.count).toBe(overdue.total);
    const aging = await get('director', '/api/receivables/aging?groupBy=region');
    expect(c.aging.totalOpenFen).toBe(aging.totals.totalOpenFen);
    expect(c.aging.overdueFen).toBe(c.overdue.amountFen);
    expect(c.aging.buckets.map((b: { amountFen: string }) => b.amountFen)).toEqual(aging.totals.bucketFen);
    for (const b of c.aging.buckets) {
      expect(b.link).toBe(`/receivables?bucket=${b.key}`);
      const linked = await get('director', `/api${b.link}&pageSize=200`);
      expect(sum(linked.items.map((r: { openFen: string }) => r.openFen))).toBe(b.amountFen);
    }
    // By due month: what fell due, the confirmed money on it, what is still overdue of it.
    const feb = c.trend.find((m: { month: string }) => m.month === '2026-02');
    const summary = await get('director', '/api/receivables/summary?from=2026-02-01&to=2026-02-28');
    expect(feb.dueFen).toBe(summary.dueInPeriodFen);
    expect(BigInt(feb.dueFen)).toBeGreaterThan(0n);
    expect(BigInt(feb.overdueFen)).toBeLessThanOrEqual(BigInt(feb.dueFen) - BigInt(feb.collectedOnDueFen));
  });

  it('OPS-5/CUS-8: funnel and forecast are the director’s funnel and open pipeline by expected close month', async () => {
    const c = await get('director', '/api/workbench/company');
    const funnel = await get('director', '/api/opportunities/funnel');
    expect(withoutLink(c.funnel)).toEqual(funnel);
    expect(c.pipeline.amountFen).toBe(funnel.openAmountFen);
    expect(c.pipeline.weightedFen).toBe(funnel.openWeightedFen);
    expect(sum(c.pipeline.byMonth.map((m: { weightedFen: string }) => m.weightedFen))).toBe(
      funnel.openWeightedFen,
    );
    for (const m of c.pipeline.byMonth) {
      const linked = await get('director', `/api${m.link.replace('tab=list&', '')}&pageSize=200`);
      expect(linked.total).toBe(m.count);
    }
  });

  it('OPS-5/PLAN-6: top and bottom performers are ranked by completion of their sales target', async () => {
    const c = await get('director', '/api/workbench/company');
    const { top, bottom } = c.performers.year;
    expect(top.length).toBeGreaterThan(0);
    const pcts = top.map((p: { completionPct: number }) => p.completionPct);
    expect([...pcts].sort((a, b) => b - a)).toEqual(pcts);
    const lows = bottom.map((p: { completionPct: number }) => p.completionPct);
    expect([...lows].sort((a, b) => a - b)).toEqual(lows);
    if (lows.length > 0) expect(Math.min(...pcts)).toBeGreaterThanOrEqual(Math.max(...lows));
    const status = (await get('director', `/api/sales-status?period=${c.year}`)).rows as StatusRow[];
    for (const p of [...top, ...bottom]) {
      const row = status.find((r) => r.key === `user:${p.user.id}`)!;
      expect([p.actual, p.target]).toEqual([row.sales.actual, row.sales.target]);
    }
    const names = [...top, ...bottom].map((p: { user: { id: string } }) => p.user.id);
    expect(new Set(names).size).toBe(names.length);
  });

  it('OPS-5: the 一览表 rows are a tree of units and people; a unit’s figures are those of its list', async () => {
    const c = await get('director', '/api/workbench/company');
    const rows = c.status.rows as StatusRow[];
    expect(rows[0]!.unit!.id).toBe(c.root.id);
    expect(rows[0]!.parentKey).toBeNull();
    const keys = new Set(rows.map((r) => r.key));
    for (const r of rows.slice(1)) expect(keys.has(r.parentKey!)).toBe(true);
    // The regions are the root's child units with people who sell: the demo's two.
    expect(c.regions.map((r: { unit: { name: string } }) => r.unit.name).sort()).toEqual([
      '华东大区',
      '华南大区',
    ]);
    for (const region of c.regions) {
      const linked = await get('director', `/api${region.overdue.link}&pageSize=200`);
      expect(sum(linked.items.map((r: { openFen: string }) => r.openFen))).toBe(region.overdue.amountFen);
      const funnel = await get('director', `/api/opportunities/funnel?unitId=${region.unit.id}`);
      expect(region.pipeline.amountFen).toBe(funnel.openAmountFen);
    }
    expect(sum(c.regions.map((r: { overdue: { amountFen: string } }) => r.overdue.amountFen))).toBe(
      c.overdue.amountFen,
    );
    // A person's row is theirs: the same figures the team view gives the director.
    const team = await get('director', '/api/workbench/team');
    for (const p of team.people) {
      const row = rows.find((r) => r.key === `user:${p.user.id}`)!;
      expect(row.sales.actual).toBe(p.sales.month.actual);
      expect(row.overdue.amountFen).toBe(p.overdue.amountFen);
    }
  });

  it('ORG-5: a regional manager’s 工作台 is their region: none of the other region’s figures', async () => {
    const c = await get('rm_east', '/api/workbench/company');
    expect(c.root.name).toBe('华东大区');
    const overdue = await get('rm_east', '/api/receivables?status=overdue&pageSize=200');
    expect(c.overdue.amountFen).toBe(sum(overdue.items.map((r: { openFen: string }) => r.openFen)));
    const director = await get('director', '/api/workbench/company');
    const east = director.regions.find((r: { unit: { name: string } }) => r.unit.name === '华东大区');
    expect(c.overdue.amountFen).toBe(east.overdue.amountFen);
    expect(c.kpis.sales.year.actual).toBe(east.sales.year.actual);
    const names = (c.status.rows as StatusRow[]).map((r) => r.user?.username ?? r.unit?.name);
    expect(names).toContain('rep01');
    expect(names).not.toContain('rep07');
    expect(names).not.toContain('华南大区');
  });

  it('ORG-5: a rep or a supervisor (people, not units) has no company 工作台', async () => {
    for (const u of ['rep01', 'sup_east1', 'finance']) {
      const res = await t.request('GET', '/api/workbench/company', { cookie: await as(u) });
      expect(res.statusCode, u).toBe(403);
    }
  });
});
