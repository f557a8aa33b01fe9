import { and, eq, isNull } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  at,
  contractOf,
  customerOf,
  inquiryOf,
  paymentOf,
  person,
  quoteOf,
  sessions,
  visitOf,
} from '../../../test/day-fixtures.js';
import { createTestApp } from '../../../test/test-app.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { runDueJobs, syncJobs } from '../../platform/jobs/runner.js';
import { notifications } from '../../platform/notifications/tables.js';
import { dayFigures } from './day-figures.js';
import { generateDayReports } from './generate-reports.js';
import { dailyReportJob } from './job.js';
import type { TDailyReport, TDayFigures } from './schemas.js';
import { dailyReports } from './tables.js';

const D = '2026-03-03'; // a Tuesday, after the demo company was loaded (2 March)
const zero: TDayFigures = {
  newCustomers: 0,
  inquiries: 0,
  visits: 0,
  quotes: 0,
  contracts: 0,
  orders: 0,
  collectedFen: '0',
};

describe('OPS-2: the daily sales report', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const s = sessions(t);

  // The day's records of 华东一组 (rep01, rep02), and some that must not count.
  await customerOf(t, 'rep01', at(D, 10));
  await customerOf(t, 'rep01', at(D, 11));
  await customerOf(t, 'rep02', at(D, 0, 5));
  await customerOf(t, 'rep01', at('2026-03-02', 23, 59)); // the day before
  await inquiryOf(t, { recordedBy: 'reception', assignee: 'rep01', on: D });
  await inquiryOf(t, { recordedBy: 'rep01', on: D });
  await inquiryOf(t, { recordedBy: 'rep02', on: '2026-03-02' }); // the day before
  await visitOf(t, 'rep01', { on: D, status: 'done', checkIn: at(D, 10), checkOut: at(D, 11) });
  await visitOf(t, 'rep01', { on: D, status: 'cancelled' }); // cancelled: never counts
  await visitOf(t, 'rep02', {
    on: '2026-03-02',
    status: 'done',
    checkIn: at('2026-03-02', 22),
    checkOut: at('2026-03-02', 23, 30),
  });
  await visitOf(t, 'rep02', {
    on: D,
    status: 'done',
    checkIn: at('2026-03-02', 23, 50),
    checkOut: at(D, 0, 10),
  });
  await quoteOf(t, 'rep01', at(D, 14));
  await contractOf(t, 'rep02', at(D, 15), at(D, 16));
  await paymentOf(t, 'rep01', { amountFen: 12_345_600n, confirmedAt: at(D, 17), receivedOn: D });
  await paymentOf(t, 'rep01', { amountFen: 500_000n, receivedOn: D }); // pending: not money confirmed
  await paymentOf(t, 'rep02', { amountFen: 700_000n, confirmedAt: at('2026-03-04', 9), receivedOn: D }); // the next day

  const rep01 = await person(t, 'rep01');
  const rep02 = await person(t, 'rep02');
  const rep03 = await person(t, 'rep03');
  const team = rep01.unitId;

  // Hand-computed.
  const expected = {
    rep01: { ...zero, newCustomers: 2, inquiries: 2, visits: 1, quotes: 1, collectedFen: '12345600' },
    rep02: { ...zero, newCustomers: 1, visits: 1, contracts: 1, orders: 1 },
    team: {
      newCustomers: 3,
      inquiries: 2,
      visits: 2,
      quotes: 1,
      contracts: 1,
      orders: 1,
      collectedFen: '12345600',
    },
  };

  it('OPS-2: a day’s figures per rep and unit equal the hand-computed table (a pending payment and a cancelled visit do not count)', async () => {
    const f = await dayFigures(db, { day: D, unitIds: [team], tz: 'Asia/Shanghai' });
    const of = (id: string) => f.people.find((p) => p.userId === id)?.figures;
    expect(of(rep01.id)).toEqual(expected.rep01);
    expect(of(rep02.id)).toEqual(expected.rep02);
    expect(of(rep03.id)).toEqual(zero);
    expect(f.units.get(team)).toEqual(expected.team);
  });

  it('OPS-2: the job makes each rep’s and each unit’s report at the policy time (18:00) on a working day, with the same figures', async () => {
    t.clock.set(at(D, 17));
    await syncJobs(db, [dailyReportJob], t.clock.now());
    expect(await runDueJobs({ db, clock: t.clock, jobs: [dailyReportJob] })).toBe(0);
    t.clock.set(at(D, 18, 1));
    expect(await runDueJobs({ db, clock: t.clock, jobs: [dailyReportJob] })).toBe(1);
    const [unitReport] = await db
      .select()
      .from(dailyReports)
      .where(and(eq(dailyReports.unitId, team), eq(dailyReports.day, D), isNull(dailyReports.userId)));
    expect(unitReport!.figures).toEqual(expected.team);
    const [mine] = await db
      .select()
      .from(dailyReports)
      .where(and(eq(dailyReports.userId, rep01.id), eq(dailyReports.day, D)));
    expect(mine!.figures).toEqual(expected.rep01);
    expect(mine!.reviewStatus).toBeNull();
  });

  it('OPS-2/OPS-7: notes, submit (pending), return with a comment (notice, 待办), resubmit, approve; another rep’s report answers 404', async () => {
    const list = await s.ok<{ items: TDailyReport[] }>(
      'rep01',
      'GET',
      `/api/daily-reports?from=${D}&to=${D}`,
    );
    // A rep reads their own report and their unit's.
    expect(list.items.map((r) => r.kind).sort()).toEqual(['person', 'unit']);
    const mine = list.items.find((r) => r.kind === 'person')!;
    expect(mine.canWrite).toBe(true);
    const other = (
      await db
        .select()
        .from(dailyReports)
        .where(and(eq(dailyReports.userId, rep02.id), eq(dailyReports.day, D)))
    )[0]!;
    expect((await s.call('rep01', 'GET', `/api/daily-reports/${other.id}`)).statusCode).toBe(404);
    expect(
      (await s.call('rep01', 'PATCH', `/api/daily-reports/${other.id}`, { notes: 'x' })).statusCode,
    ).toBe(404);

    await s.ok('rep01', 'PATCH', `/api/daily-reports/${mine.id}`, { notes: '客户甲有扩产计划' });
    const submitted = await s.ok<TDailyReport>('rep01', 'POST', `/api/daily-reports/${mine.id}/submit`, {
      notes: '客户甲有扩产计划，下周再访',
    });
    expect(submitted.reviewStatus).toBe('pending');

    const bad = await s.call('sup_east1', 'POST', `/api/daily-reports/${mine.id}/review`, {
      verdict: 'returned',
    });
    expect(bad.statusCode).toBe(400);
    const returned = await s.ok<TDailyReport>('sup_east1', 'POST', `/api/daily-reports/${mine.id}/review`, {
      verdict: 'returned',
      comment: '请写明报价跟进情况',
    });
    expect(returned.reviewStatus).toBe('returned');
    const told = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, rep01.id), eq(notifications.event, 'daily_report.returned')));
    expect(told).toHaveLength(1);
    const todo = async () =>
      (
        await s.ok<{ sections: { key: string; items: { id: string }[] }[] }>('rep01', 'GET', '/api/todo')
      ).sections.find((x) => x.key === 'dailyReports.returned')?.items ?? [];
    expect((await todo()).map((i) => i.id)).toEqual([mine.id]);

    // The next day: the report is archived, but a returned one still takes notes.
    t.clock.set(at('2026-03-04', 9));
    await s.ok('rep01', 'POST', `/api/daily-reports/${mine.id}/submit`, { notes: '报价已发，周五回复' });
    expect(await todo()).toEqual([]);
    const approved = await s.ok<TDailyReport>('sup_east1', 'POST', `/api/daily-reports/${mine.id}/review`, {
      verdict: 'approved',
    });
    expect(approved).toMatchObject({ reviewStatus: 'approved', archived: true, canWrite: false });
    const again = await s.call('rep01', 'PATCH', `/api/daily-reports/${mine.id}`, { notes: 'late' });
    expect(again.json().error.code).toBe('DAILY_REPORT_ARCHIVED');
  });

  it('OPS-2: a past day is archived — generating again changes nothing; the archive lists by unit and exports', async () => {
    await customerOf(t, 'rep03', at(D, 12)); // recorded late: the archived report does not change
    const ctx: Ctx = {
      db,
      clock: t.clock,
      actor: null,
      requestId: 't',
      ip: null,
      userAgent: null,
      lang: 'zh-CN',
    };
    expect(await inTx(ctx, (tx) => generateDayReports(tx, ctx, { day: D, unitIds: [team] }))).toBe(0);
    const page = await s.ok<{ items: TDailyReport[]; total: number }>(
      'sup_east1',
      'GET',
      `/api/daily-reports?unitId=${team}&from=${D}&to=${D}&kind=unit`,
    );
    expect(page.items.map((r) => r.figures)).toEqual([expected.team]);
    const res = await s.call(
      'sup_east1',
      'GET',
      `/api/daily-reports/export?unitId=${team}&from=${D}&to=${D}`,
    );
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.rowCount).toBeGreaterThan(2);
  });
});
