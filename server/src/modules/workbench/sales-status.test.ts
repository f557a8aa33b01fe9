import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { loadDemoCustomers } from '../../demo/demo-customers.js';
import { loadDemoMoney } from '../../demo/demo-money.js';
import { loadDemoOpportunities } from '../../demo/demo-opportunities.js';
import { indicatorsFor } from '../indicators/index.js';
import { approveDemoTargets } from './test-kit.js';

const sum = (xs: string[]) => xs.reduce((n, x) => n + BigInt(x), 0n).toString();

/** OPS-5 销售状况一览表: units and people in scope, for any period, kept current; Excel export. */
describe('sales status (销售状况一览表)', async () => {
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
    await approveDemoTargets(db, { year: 2026, perPerson: () => 2_000_000n, metrics: ['collected_amount'] });
  }, 240_000);

  it('OPS-5/PLAN-5: every row of any period is the indicators read model’s figure of its unit or person', async () => {
    for (const period of ['2026-02', '2026-Q1', '2026', '2026-W06']) {
      const status = await get('director', `/api/sales-status?period=${period}`);
      expect(status.period).toBe(period);
      const subjects = status.rows.map((r: { unit: { id: string } | null; user: { id: string } | null }) =>
        r.unit ? { type: 'unit' as const, id: r.unit.id } : { type: 'user' as const, id: r.user!.id },
      );
      const indicators = await indicatorsFor(t.database.db, {
        subjects,
        periods: [period],
        at: t.clock.now(),
      });
      for (const [i, r] of status.rows.entries()) {
        const m = indicators[i]!.metrics;
        const { link: _l, ...sales } = r.sales;
        expect(sales).toEqual(m[status.salesMetric as 'collected_amount']);
        expect(r.collected.actual).toBe(m.collected_amount.actual);
      }
    }
    const q1 = await get('director', '/api/sales-status?period=2026-Q1');
    expect(BigInt(q1.rows[0].sales.actual)).toBeGreaterThan(0n);
    expect(q1.rows[0].sales.target).not.toBeNull();
  });

  it('OPS-5: a unit’s overdue and pipeline are its subtree’s: its people’s and child units’ add up to it', async () => {
    const status = await get('director', '/api/sales-status');
    const rows = status.rows as {
      key: string;
      parentKey: string | null;
      unit: { id: string } | null;
      overdue: { amountFen: string };
      pipeline: { amountFen: string };
    }[];
    for (const unit of rows.filter((r) => r.unit)) {
      const children = rows.filter((r) => r.parentKey === unit.key);
      if (children.length === 0) continue;
      // Records booked in the unit itself by someone not listed under it would be the difference.
      expect(BigInt(sum(children.map((c) => c.overdue.amountFen)))).toBeLessThanOrEqual(
        BigInt(unit.overdue.amountFen),
      );
      const linked = await get(
        'director',
        `/api/receivables?status=overdue&unitId=${unit.unit!.id}&pageSize=200`,
      );
      expect(sum(linked.items.map((r: { openFen: string }) => r.openFen))).toBe(unit.overdue.amountFen);
    }
  });

  it('ORG-5: a supervisor’s 一览表 is their people (and themselves), no units', async () => {
    const status = await get('sup_east1', '/api/sales-status');
    const names = status.rows.map((r: { user: { username: string } }) => r.user.username);
    expect(names).toEqual(['rep01', 'rep02', 'rep03', 'sup_east1']);
    expect(
      status.rows.every(
        (r: { unit: unknown; parentKey: unknown }) => r.unit === null && r.parentKey === null,
      ),
    ).toBe(true);
  });

  it('bad input: a period that is no period code is a field error, in the reader’s language', async () => {
    for (const period of ['2026-13', '2026-Q5', 'March', '2026-W60', '1999']) {
      const res = await t.request('GET', `/api/sales-status?period=${period}`, {
        cookie: await as('director'),
      });
      expect(res.statusCode, period).toBe(400);
      expect(res.json().error.fields.period).toContain('期间格式');
    }
    const en = await t.request('GET', '/api/sales-status?period=x', {
      cookie: await as('director'),
      lang: 'en',
    });
    expect(en.json().error.fields.period).toContain('Period must be');
  });

  it('OPS-5/ORG-5: the export is the 一览表 in the reader’s scope, with its own permission and an audit row', async () => {
    const res = await t.request('GET', '/api/sales-status/export?period=2026-Q1', {
      cookie: await as('manager_east'),
    });
    expect(res.statusCode, res.body).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const names: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) names.push(String(row.getCell(1).value).trim());
    });
    const status = await get('manager_east', '/api/sales-status?period=2026-Q1');
    expect(names).toHaveLength(status.rows.length);
    expect(names).toContain('华东销售部');
    expect(names).not.toContain('华南销售部');
    expect(res.headers['x-export-rows']).toBe(String(status.rows.length));
    const [audit] = await queryRows<{ action: string; after: { filters: { period: string }; rows: number } }>(
      t.database.db,
      sql`select action, after from audit_log where action = 'sales_status.export' order by at desc limit 1`,
    );
    expect(audit?.after.filters.period).toBe('2026-Q1');
    // A supervisor reads the 一览表 but exports no indicators.
    const sup = await t.request('GET', '/api/sales-status/export', { cookie: await as('sup_east1') });
    expect(sup.statusCode).toBe(403);
  });
});
