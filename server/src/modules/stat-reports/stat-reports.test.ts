import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { loadDemoCustomers } from '../../demo/demo-customers.js';
import { loadDemoMoney } from '../../demo/demo-money.js';
import { runDueJobs, syncJobs } from '../../platform/jobs/runner.js';
import { mailOutbox, notifications } from '../../platform/notifications/tables.js';
import { units } from '../../platform/org/tables.js';
import { indicatorsFor } from '../indicators/index.js';
import { monthlyReportJob } from './job.js';
import type { TFigure, TStatReport } from './schemas.js';
import { statReports } from './tables.js';
import { at, inquiryOf, sessions, visitOf } from './test-kit.js';

const unitId = async (t: TestApp, code: string) =>
  (await t.database.db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0]!.id;

async function monthlyReports(t: TestApp, period: string) {
  return t.database.db
    .select()
    .from(statReports)
    .where(and(eq(statReports.kind, 'monthly'), eq(statReports.period, period)));
}

async function noticesOf(t: TestApp, username: string) {
  return t.database.db
    .select()
    .from(notifications)
    .where(
      and(eq(notifications.userId, await t.userId(username)), eq(notifications.event, 'stat_report.monthly')),
    );
}

const fig = (current: number, previous: number, lastYear: number) =>
  expect.objectContaining({
    current: String(current),
    previous: String(previous),
    lastYear: String(lastYear),
  });

describe('OPS-4: the monthly report comes on the first working day of the month', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const job = [monthlyReportJob];

  it('OPS-4: 1–7 October are holidays: no run until Thursday 8 October 07:30, then September’s report for each sales manager’s unit, each told once; later runs change nothing', async () => {
    t.clock.set(new Date('2026-09-30T12:00:00Z')); // 30 September, 20:00 in Shanghai
    await syncJobs(db, job, t.clock.now());
    t.clock.set(new Date('2026-10-05T02:00:00Z'));
    expect(await runDueJobs({ db, clock: t.clock, jobs: job })).toBe(0);
    expect(await monthlyReports(t, '2026-09')).toEqual([]);

    t.clock.set(new Date('2026-10-07T23:30:00Z')); // 8 October, 07:30
    expect(await runDueJobs({ db, clock: t.clock, jobs: job })).toBe(1);
    const made = await monthlyReports(t, '2026-09');
    expect(made.map((r) => r.unitId).sort()).toEqual(
      [await unitId(t, 'EAST-SALES'), await unitId(t, 'SOUTH-SALES')].sort(),
    );
    expect(made.every((r) => r.requestedBy === null)).toBe(true);
    expect(await noticesOf(t, 'manager_east')).toHaveLength(1);
    expect(await noticesOf(t, 'manager_south')).toHaveLength(1);
    // Only the policy's role (stats.monthlyRecipients: the sales manager) is told.
    expect(await noticesOf(t, 'rm_east')).toHaveLength(0);
    expect(await noticesOf(t, 'assistant_east')).toHaveLength(0);

    // The next working day's run finds the reports made.
    t.clock.set(new Date('2026-10-08T23:30:00Z'));
    expect(await runDueJobs({ db, clock: t.clock, jobs: job })).toBe(1);
    expect(await monthlyReports(t, '2026-09')).toEqual(made);
    expect(await noticesOf(t, 'manager_east')).toHaveLength(1);
  });
});

describe('OPS-4: February’s statistics report', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  // Contracts, payments, orders and customers of the demo company, loaded on 2 March 2026.
  await loadDemoCustomers(db, t.clock);
  await loadDemoMoney(db, t.clock);
  const s = sessions(t);
  let report: TStatReport;

  beforeAll(async () => {
    // Visits made (checked out) in February 2026, January 2026 and February 2025, and some not made.
    await visitOf(t, 'rep01', { on: '2026-02-10', checkOut: at('2026-02-10', 11) });
    await visitOf(t, 'rep01', { on: '2026-02-09', checkOut: at('2026-02-10', 15) });
    await visitOf(t, 'rep01', { on: '2026-02-27', checkOut: at('2026-02-28', 23, 30) }); // Shanghai's February
    await visitOf(t, 'rep01', { on: '2026-02-28', checkOut: at('2026-03-01', 0, 30) }); // March
    await visitOf(t, 'rep01', { on: '2026-02-12' }); // planned, not made
    await visitOf(t, 'rep01', { on: '2026-02-13', status: 'cancelled' });
    await visitOf(t, 'rep01', { on: '2026-01-15', checkOut: at('2026-01-15', 10) });
    await visitOf(t, 'rep01', { on: '2025-02-20', checkOut: at('2025-02-20', 10) });
    await visitOf(t, 'rep04', { on: '2026-02-11', checkOut: at('2026-02-11', 16) });
    await visitOf(t, 'rep07', { on: '2026-02-11', checkOut: at('2026-02-11', 16) }); // 华南
    // The first-contact register: calls and other first contacts.
    await inquiryOf(t, { recordedBy: 'reception', assignee: 'rep02', on: '2026-02-03', channel: 'phone' });
    await inquiryOf(t, { recordedBy: 'reception', assignee: 'rep02', on: '2026-02-04', channel: 'web' });
    await inquiryOf(t, { recordedBy: 'rep05', on: '2026-02-20', channel: 'phone' });
    await inquiryOf(t, { recordedBy: 'reception', on: '2026-02-05', channel: 'phone' }); // not assigned: HQ
    await inquiryOf(t, { recordedBy: 'reception', assignee: 'rep02', on: '2026-01-20', channel: 'phone' });
    await inquiryOf(t, { recordedBy: 'rep05', on: '2025-02-17', channel: 'visit' });
    await inquiryOf(t, { recordedBy: 'reception', assignee: 'rep08', on: '2026-02-06', channel: 'phone' }); // 华南

    // The job's next tick, as the scheduler knows it on Friday 27 February: Monday 2 March, 07:30.
    t.clock.set(new Date('2026-02-27T12:00:00Z'));
    await syncJobs(db, [monthlyReportJob], t.clock.now());
    t.clock.set(new Date('2026-03-02T01:00:00Z')); // 09:00
    expect(await runDueJobs({ db, clock: t.clock, jobs: [monthlyReportJob] })).toBe(1);
    const east = await unitId(t, 'EAST-SALES');
    const id = (await monthlyReports(t, '2026-02')).find((r) => r.unitId === east)!.id;
    report = await s.ok<TStatReport>('manager_east', 'GET', `/api/stat-reports/${id}`);
  }, 240_000);

  it('OPS-4: made on 2 March (1 March a Sunday) for the sales manager’s unit, who is told once in the app and by mail with a link', async () => {
    expect(report).toMatchObject({
      kind: 'monthly',
      period: '2026-02',
      from: '2026-02-01',
      to: '2026-02-28',
      unit: { name: '华东销售部' },
      generatedAt: '2026-03-02T01:00:00.000Z',
      requestedBy: null,
      analysis: null,
      canAnalyse: true,
    });
    const notices = await noticesOf(t, 'manager_east');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      titleZh: '华东销售部 2026年2月统计报表已生成，请阅并作分析',
      subjectType: 'stat_report',
      subjectId: report.id,
      link: `/stat-reports/${report.id}`,
    });
    const mail = await db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.userId, await t.userId('manager_east')));
    expect(mail.filter((m) => m.body.includes(`/stat-reports/${report.id}`))).toHaveLength(1);
  });

  it('OPS-4: sales figures are the indicators read model’s — the unit, its teams and each person, this month, last month and a year before', async () => {
    const subjects = [
      { type: 'unit' as const, id: report.figures.total.id },
      ...report.figures.units.map((u) => ({ type: 'unit' as const, id: u.id })),
      ...report.figures.people.map((p) => ({ type: 'user' as const, id: p.id })),
    ];
    const rows = await indicatorsFor(db, { subjects, periods: ['2026-02', '2026-01'], at: t.clock.now() });
    const of = (id: string, p: string) => rows.find((r) => r.subject.id === id && r.period === p)!.metrics;
    const pairs = [
      ['volume', 'volume'],
      ['signedAmount', 'signed_amount'],
      ['collectedAmount', 'collected_amount'],
      ['newCustomers', 'new_customers'],
    ] as const;
    let nonZero = 0;
    for (const row of [report.figures.total, ...report.figures.units, ...report.figures.people]) {
      for (const [key, metric] of pairs) {
        const now = of(row.id, '2026-02')[metric];
        const before = of(row.id, '2026-01')[metric];
        expect(row.figures[key], `${row.name} ${key}`).toMatchObject({
          current: now.actual,
          previous: before.actual,
          lastYear: now.lastYear,
          target: now.target,
          completionPct: now.completionPct,
        });
        if (now.actual !== '0') nonZero += 1;
      }
    }
    // The demo company sold in February: the comparison is not of zeros only.
    expect(nonZero).toBeGreaterThan(3);
    expect(report.figures.units.map((u) => u.name)).toEqual(['华东一组', '华东二组']);
    expect(report.figures.salesBasis).toBe('collected');
  });

  it('OPS-4: visits made and inquiry calls are those counted by hand, with month-on-month and year-on-year', () => {
    const { total, units: teams, people } = report.figures;
    const person = (name: string) => people.find((p) => p.name === name)!;
    // 华东: rep01 3 in February (one at 23:30 on the 28th; the one checked out on 1 March is March's),
    // 1 in January, 1 in February 2025; rep04 1 in February. 华南's visit is not here.
    expect(total.figures.visits).toEqual({
      current: '4',
      previous: '1',
      lastYear: '1',
      momPct: 300,
      yoyPct: 300,
    });
    expect(person('赵磊').figures.visits).toEqual({
      current: '3',
      previous: '1',
      lastYear: '1',
      momPct: 200,
      yoyPct: 200,
    } satisfies TFigure);
    expect(person('李娜').figures.visits).toEqual({
      current: '1',
      previous: '0',
      lastYear: '0',
      momPct: null,
      yoyPct: null,
    });
    expect(teams.map((u) => [u.name, u.figures.visits.current])).toEqual([
      ['华东一组', '3'],
      ['华东二组', '1'],
    ]);
    // The register: rep02 a call and a web contact (and a call in January), rep05 a call he took
    // himself (and a visit in February 2025); the call nobody was given is HQ's, 华南's is not here.
    expect(total.figures.inquiries).toMatchObject(fig(3, 1, 1));
    expect(total.figures.inquiryCalls).toEqual({
      current: '2',
      previous: '1',
      lastYear: '0',
      momPct: 100,
      yoyPct: null,
    });
    expect(person('钱芳').figures.inquiryCalls).toMatchObject(fig(1, 1, 0));
    expect(person('钱芳').figures.inquiries).toMatchObject(fig(2, 1, 0));
    expect(person('周杰').figures.inquiries).toMatchObject(fig(1, 0, 1));
    // People who do not visit customers and have nothing to count are not listed; every rep is.
    const names = people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['赵磊', '钱芳', '孙浩', '李娜', '周杰', '吴敏']));
    expect(names).not.toContain('许晓'); // the assistant
    expect(person('赵磊').unitName).toBe('华东一组');
  });

  it('OPS-4: a rerun of the job makes nothing new and tells nobody again', async () => {
    const before = await monthlyReports(t, '2026-02');
    const { generateMonthlyReports } = await import('./monthly.js');
    const ctx = {
      db,
      clock: t.clock,
      actor: null,
      requestId: 'test',
      ip: null,
      userAgent: null,
      lang: 'zh-CN' as const,
    };
    expect(await generateMonthlyReports(ctx)).toEqual({ generated: 0, notified: 0 });
    expect(await monthlyReports(t, '2026-02')).toEqual(before);
    expect(await noticesOf(t, 'manager_east')).toHaveLength(1);
  });

  it('OPS-4/ORG-5: a rep may not read reports; another region’s manager and a team supervisor get 404; the regional manager and the assistant read it', async () => {
    expect((await s.call('rep01', 'GET', '/api/stat-reports')).statusCode).toBe(403);
    expect((await s.call('rep01', 'GET', `/api/stat-reports/${report.id}`)).statusCode).toBe(403);
    expect((await s.call('manager_south', 'GET', `/api/stat-reports/${report.id}`)).statusCode).toBe(404);
    expect((await s.call('manager_south', 'GET', `/api/stat-reports/${report.id}/export`)).statusCode).toBe(
      404,
    );
    expect(
      (await s.call('manager_south', 'PATCH', `/api/stat-reports/${report.id}`, { analysis: 'x' }))
        .statusCode,
    ).toBe(404);
    expect((await s.call('sup_east1', 'GET', `/api/stat-reports/${report.id}`)).statusCode).toBe(404);
    await s.ok('rm_east', 'GET', `/api/stat-reports/${report.id}`);
    await s.ok('assistant_east', 'GET', `/api/stat-reports/${report.id}`);
    const south = await s.ok('manager_south', 'GET', '/api/stat-reports?kind=monthly');
    expect(south.items.map((r: TStatReport) => r.unit.name)).toEqual(['华南销售部']);
    const director = await s.ok('director', 'GET', '/api/stat-reports?period=2026-02&sort=unit&order=asc');
    expect(director.items.map((r: TStatReport) => r.unit.name)).toEqual(['华东销售部', '华南销售部']);
  });

  it('OPS-4: the manager’s 待办 asks for the analysis until it is written; the analysis is audited', async () => {
    const todo = async () =>
      (await s.ok('manager_east', 'GET', '/api/todo')).sections.find(
        (x: { key: string }) => x.key === 'statReports.toAnalyse',
      )?.items ?? [];
    expect(await todo()).toEqual([
      expect.objectContaining({
        title: {
          'zh-CN': '分析 华东销售部 2026年2月统计报表',
          en: 'Analyse the February 2026 statistics report of 华东销售部',
        },
        link: `/stat-reports/${report.id}`,
        dueAt: null,
      }),
    ]);
    const analysed = await s.ok<TStatReport>('manager_east', 'PATCH', `/api/stat-reports/${report.id}`, {
      analysis: '  回款环比下降，重点跟进华东一组的应收款。  ',
    });
    expect(analysed.analysis).toMatchObject({
      text: '回款环比下降，重点跟进华东一组的应收款。',
      by: { displayName: '徐明' },
      at: '2026-03-02T01:00:00.000Z',
    });
    expect(analysed.figures).toEqual(report.figures);
    expect(await todo()).toEqual([]);
    const [audit] = await queryRows<{ actor_id: string; after: { analysis: { text: string } } }>(
      db,
      sql`select actor_id::text as actor_id, after from audit_log where entity = 'stat_report' and action = 'statReport.analyse'`,
    );
    expect(audit?.after.analysis.text).toBe('回款环比下降，重点跟进华东一组的应收款。');
    // A rep cannot write one (no stat_report:generate).
    expect(
      (await s.call('rep01', 'PATCH', `/api/stat-reports/${report.id}`, { analysis: 'x' })).statusCode,
    ).toBe(403);
  });

  it('OPS-4: the Excel export has a sheet per section with ¥ number cells, and is audited', async () => {
    const res = await s.call('manager_east', 'GET', `/api/stat-reports/${report.id}/export`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '按下级单位', '按人员']);
    const summary = wb.getWorksheet('汇总')!;
    const collected = summary.getRows(1, summary.rowCount)!.find((r) => r.getCell(1).value === '回款金额')!;
    expect(collected.getCell(2).value).toBe(
      Number(report.figures.total.figures.collectedAmount.current) / 100,
    );
    expect(collected.getCell(2).numFmt).toBe('"¥"#,##0.00;-"¥"#,##0.00');
    const people = wb.getWorksheet('按人员')!;
    expect(people.getRow(1).getCell(1).value).toBe('人员');
    expect(people.rowCount).toBe(1 + report.figures.people.length);
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from audit_log where action = 'stat_report.export'`,
    );
    expect(row?.n).toBe(1);
  });

  it('OPS-4: a weekly report on request — for a unit in scope, a week begun; asked again it is refreshed and keeps its analysis', async () => {
    const east = report.unit.id;
    const week = await s.ok<TStatReport>('assistant_east', 'POST', '/api/stat-reports', {
      kind: 'weekly',
      period: '2026-W07', // 9–15 February
      unitId: east,
    });
    expect(week).toMatchObject({
      kind: 'weekly',
      period: '2026-W07',
      from: '2026-02-09',
      to: '2026-02-15',
      requestedBy: { username: 'assistant_east' },
      figures: { periods: { previous: { code: '2026-W06' }, lastYear: { code: '2025-W07' } } },
    });
    // rep01's two on the 10th, rep04's on the 11th.
    expect(week.figures.total.figures.visits).toMatchObject(fig(3, 0, 0));
    await s.ok('manager_east', 'PATCH', `/api/stat-reports/${week.id}`, {
      analysis: '本周拜访集中在华东一组',
    });
    t.clock.set(new Date('2026-03-02T03:00:00Z'));
    const again = await s.ok<TStatReport>('assistant_east', 'POST', '/api/stat-reports', {
      kind: 'weekly',
      period: '2026-W07',
      unitId: east,
    });
    expect(again.id).toBe(week.id);
    expect(again.generatedAt).toBe('2026-03-02T03:00:00.000Z');
    expect(again.analysis?.text).toBe('本周拜访集中在华东一组');
    // The running week, to date, may be asked for; next week not yet; another region's unit does not exist.
    await s.ok('manager_east', 'POST', '/api/stat-reports', {
      kind: 'weekly',
      period: '2026-W10',
      unitId: east,
    });
    const next = await s.call('manager_east', 'POST', '/api/stat-reports', {
      kind: 'weekly',
      period: '2026-W11',
      unitId: east,
    });
    expect(next.statusCode).toBe(422);
    expect(next.json().error.code).toBe('STAT_REPORT_PERIOD_NOT_STARTED');
    const south = await s.call('assistant_east', 'POST', '/api/stat-reports', {
      kind: 'weekly',
      period: '2026-W07',
      unitId: await unitId(t, 'SOUTH-SALES'),
    });
    expect(south.statusCode).toBe(404);
    const bad = await s.call('assistant_east', 'POST', '/api/stat-reports', {
      kind: 'weekly',
      period: '2026-W54',
      unitId: east,
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['period']);
    const weekly = await s.ok('manager_east', 'GET', '/api/stat-reports?kind=weekly&sort=period');
    expect(weekly.items.map((r: TStatReport) => r.period)).toEqual(['2026-W10', '2026-W07']);
  });
});
