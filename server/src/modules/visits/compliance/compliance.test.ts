import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/test-app.js';
import { dueItems } from '../../../platform/deadlines/tables.js';
import { cst, customerOf, person, seedCommitment, seedVisit } from './test-kit.js';

async function sheetRows(body: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    rows.push(
      (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))),
    );
  });
  return rows;
}

/**
 * VIS-2/VIS-7: plan-vs-actual visit compliance per person and month. February 2026 is seeded for
 * two of sup_east1's reps (rep01, rep02; rep03 has nothing) and one of sup_east2's (rep04); the
 * business clock stands at 2026-03-02 09:00 in Shanghai (the test clock).
 */
describe('visit compliance (VIS-2, VIS-7)', async () => {
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
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const c1 = await customerOf(t, 'rep01');
    const c2 = await customerOf(t, 'rep02');
    const c4 = await customerOf(t, 'rep04');
    // rep01, planned visits of the approved February plan.
    ids.P1 = await seedVisit(t, {
      rep: 'rep01',
      customerId: c1,
      plannedOn: '2026-02-03',
      fromPlan: true,
      plannedMinutes: 120,
      checkIn: '2026-02-03T10:00',
      checkOut: '2026-02-03T11:30', // 90 min
      report: { dueAt: '2026-02-05T23:59:59.999', submittedAt: '2026-02-04T18:00' }, // on time
    });
    ids.P2 = await seedVisit(t, {
      rep: 'rep01',
      customerId: c1,
      plannedOn: '2026-02-10',
      fromPlan: true,
      plannedMinutes: 60,
      checkIn: '2026-02-10T14:00',
      checkOut: '2026-02-10T15:15', // 75 min
      report: { dueAt: '2026-02-12T23:59:59.999', submittedAt: '2026-02-13T10:00' }, // late
    });
    ids.P3 = await seedVisit(t, {
      rep: 'rep01',
      customerId: c1,
      plannedOn: '2026-02-17',
      fromPlan: true,
      plannedMinutes: 90,
      checkIn: '2026-02-17T09:00',
      checkOut: '2026-02-17T10:00', // 60 min
      report: { dueAt: '2026-02-19T23:59:59.999' }, // missing
    });
    // Planned, not made; cancelled by the rep (still planned, not done); taken out by a plan change.
    ids.P4 = await seedVisit(t, { rep: 'rep01', customerId: c1, plannedOn: '2026-02-20', fromPlan: true });
    ids.P5 = await seedVisit(t, {
      rep: 'rep01',
      customerId: c1,
      plannedOn: '2026-02-24',
      fromPlan: true,
      status: 'cancelled',
      cancelReason: 'customer_request',
    });
    ids.P6 = await seedVisit(t, {
      rep: 'rep01',
      customerId: c1,
      plannedOn: '2026-02-25',
      fromPlan: true,
      status: 'cancelled',
      cancelReason: 'plan_changed',
    });
    // January's planned visit, made on 2 February: done in February, planned in January.
    ids.P7 = await seedVisit(t, {
      rep: 'rep01',
      customerId: c1,
      plannedOn: '2026-01-30',
      fromPlan: true,
      checkIn: '2026-02-02T10:00',
      checkOut: '2026-02-02T10:45', // 45 min
      report: { dueAt: '2026-02-04T23:59:59.999', submittedAt: '2026-02-03T09:00' }, // on time
    });
    // Ad hoc visits.
    ids.A1 = await seedVisit(t, {
      rep: 'rep01',
      customerId: c1,
      plannedOn: '2026-02-27',
      checkIn: '2026-02-28T16:00',
      checkOut: '2026-02-28T17:00', // 60 min
      report: { dueAt: '2026-03-02T23:59:59.999' }, // not yet due
    });
    ids.A2 = await seedVisit(t, {
      rep: 'rep01',
      customerId: c1,
      plannedOn: '2026-02-26',
      checkIn: '2026-02-26T09:30',
      checkOut: '2026-02-26T10:10', // 40 min
    });
    // A2 has no report row yet: the report's due item says when it was due (missing).
    const rep01 = await person(t, 'rep01');
    await t.database.db.insert(dueItems).values({
      kind: 'visit.report',
      title: '拜访报告',
      ownerId: rep01.id,
      unitId: rep01.unitId,
      subjectType: 'visit',
      subjectId: ids.A2,
      dueAt: cst('2026-02-28T23:59:59.999'),
      rule: {},
      ladder: [],
    });
    // Planned for 28 February, made on 1 March: neither planned (ad hoc) nor done in February.
    ids.A3 = await seedVisit(t, {
      rep: 'rep01',
      customerId: c1,
      plannedOn: '2026-02-28',
      checkIn: '2026-03-01T10:00',
      checkOut: '2026-03-01T11:00',
    });
    // rep01's commitments (VIS-6).
    await seedCommitment(t, {
      visitId: ids.P1,
      owner: 'rep01',
      dueAt: '2026-02-10T18:00',
      status: 'confirmed',
      doneAt: '2026-02-09T12:00',
      confirmedAt: '2026-02-11T09:00',
    }); // on time (confirmed later)
    await seedCommitment(t, {
      visitId: ids.P1,
      owner: 'rep01',
      dueAt: '2026-02-15T18:00',
      status: 'confirmed',
      doneAt: '2026-02-16T12:00',
      confirmedAt: '2026-02-16T15:00',
    }); // late
    await seedCommitment(t, {
      visitId: ids.P2,
      owner: 'rep01',
      dueAt: '2026-02-20T18:00',
      status: 'done',
      doneAt: '2026-02-19T12:00',
    }); // not confirmed, overdue
    await seedCommitment(t, { visitId: ids.P2, owner: 'rep01', dueAt: '2026-02-25T18:00', status: 'open' }); // overdue
    await seedCommitment(t, {
      visitId: ids.P3,
      owner: 'rep01',
      dueAt: '2026-02-27T18:00',
      status: 'cancelled',
    }); // left out
    await seedCommitment(t, { visitId: ids.P3, owner: 'rep01', dueAt: '2026-03-05T18:00', status: 'open' }); // March
    // rep02.
    ids.Q1 = await seedVisit(t, {
      rep: 'rep02',
      customerId: c2,
      plannedOn: '2026-02-05',
      fromPlan: true,
      plannedMinutes: 60,
      checkIn: '2026-02-05T10:00',
      checkOut: '2026-02-05T12:00', // 120 min
      report: { dueAt: '2026-02-07T23:59:59.999', submittedAt: '2026-02-06T09:00' },
    });
    ids.Q2 = await seedVisit(t, {
      rep: 'rep02',
      customerId: c2,
      plannedOn: '2026-02-12',
      fromPlan: true,
      plannedMinutes: 120,
      checkIn: '2026-02-13T15:00',
      checkOut: '2026-02-13T16:30', // 90 min
      report: { dueAt: '2026-02-15T23:59:59.999', submittedAt: '2026-02-16T08:00' },
    });
    await seedCommitment(t, {
      visitId: ids.Q1,
      owner: 'rep02',
      dueAt: '2026-02-14T18:00',
      status: 'confirmed',
      doneAt: '2026-02-14T17:00',
      confirmedAt: '2026-02-14T17:30',
    });
    // rep04, another team.
    ids.R1 = await seedVisit(t, {
      rep: 'rep04',
      customerId: c4,
      plannedOn: '2026-02-11',
      fromPlan: true,
      checkIn: '2026-02-11T10:00',
      checkOut: '2026-02-11T11:00',
    });
  }, 120_000);

  const zero = {
    planned: 0,
    plannedDone: 0,
    completionPct: null,
    done: 0,
    doneAdHoc: 0,
    plannedMinutes: 0,
    spentMinutes: 0,
    reports: { onTime: 0, late: 0, missing: 0, notDue: 0 },
    commitments: { due: 0, onTime: 0, late: 0, openOverdue: 0, open: 0 },
  };
  /** February 2026 worked out by hand from the rows above. */
  const february = {
    rep01: {
      planned: 5, // P1–P5 (P6 taken out by a plan change, P7 planned in January)
      plannedDone: 3, // P1–P3
      completionPct: 60,
      done: 6, // P1, P2, P3, P7, A1, A2 (A3 was checked out on 1 March)
      doneAdHoc: 2, // A1, A2
      plannedMinutes: 390, // 120 + 60 + 90 + 60 + 60
      spentMinutes: 370, // 90 + 75 + 60 + 45 + 60 + 40
      reports: { onTime: 2, late: 1, missing: 2, notDue: 1 }, // P1, P7 · P2 · P3, A2 · A1
      commitments: { due: 4, onTime: 1, late: 1, openOverdue: 2, open: 0 },
    },
    rep02: {
      planned: 2,
      plannedDone: 2,
      completionPct: 100,
      done: 2,
      doneAdHoc: 0,
      plannedMinutes: 180,
      spentMinutes: 210,
      reports: { onTime: 1, late: 1, missing: 0, notDue: 0 },
      commitments: { due: 1, onTime: 1, late: 0, openOverdue: 0, open: 0 },
    },
    rep03: zero,
    sup_east1: zero,
  };
  const team = {
    planned: 7,
    plannedDone: 5,
    completionPct: 71.4, // 5 / 7
    done: 8,
    doneAdHoc: 2,
    plannedMinutes: 570,
    spentMinutes: 580,
    reports: { onTime: 3, late: 2, missing: 2, notDue: 1 },
    commitments: { due: 5, onTime: 2, late: 1, openOverdue: 2, open: 0 },
  };

  it('VIS-7: compliance figures for a seeded month match the hand-computed table', async () => {
    const res = await get('sup_east1', '/api/visit-compliance?month=2026-02');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      month: '2026-02',
      firstDay: '2026-02-01',
      lastDay: '2026-02-28',
      today: '2026-03-02',
    });
    const byRep = Object.fromEntries(
      body.items.map((r: { rep: { username: string } } & Record<string, unknown>) => {
        const { rep, unit: _unit, ...figures } = r as { rep: { username: string }; unit: unknown };
        return [rep.username, figures];
      }),
    );
    expect(byRep).toEqual(february);
    expect(body.totals).toEqual(team);
  });

  it('VIS-7: the current month by default, as of the business clock (an open commitment not yet due is open)', async () => {
    const res = await get('rep01', '/api/visit-compliance');
    expect(res.statusCode).toBe(200);
    expect(res.json().month).toBe('2026-03');
    expect(res.json().items).toHaveLength(1);
    expect(res.json().items[0]).toMatchObject({
      rep: { username: 'rep01' },
      planned: 0,
      done: 1, // A3, checked out on 1 March
      doneAdHoc: 1,
      spentMinutes: 60,
      reports: { onTime: 0, late: 0, missing: 0, notDue: 1 },
      commitments: { due: 1, open: 1, openOverdue: 0 },
    });
  });

  it('ORG-5: a rep sees their own row; a supervisor their reps; a manager their unit tree; the director everyone', async () => {
    const names = async (u: string) =>
      (await get(u, '/api/visit-compliance?month=2026-02'))
        .json()
        .items.map((r: { rep: { username: string } }) => r.rep.username);
    expect(await names('rep01')).toEqual(['rep01']);
    expect(await names('sup_east1')).toEqual(['rep01', 'rep02', 'rep03', 'sup_east1']);
    const manager = await names('manager_east');
    expect(manager).toEqual(expect.arrayContaining(['rep01', 'rep02', 'rep04', 'sup_east2']));
    expect(manager).not.toContain('rep07');
    const director = await names('director');
    expect(director).toEqual(expect.arrayContaining(['rep01', 'rep04', 'rep07', 'rep12']));
    // Finance and the administrator do not visit customers.
    expect(director).not.toContain('finance');
    expect(director).not.toContain('admin');
    const rep04 = (await get('manager_east', '/api/visit-compliance?month=2026-02'))
      .json()
      .items.find((r: { rep: { username: string } }) => r.rep.username === 'rep04');
    expect(rep04).toMatchObject({
      planned: 1,
      plannedDone: 1,
      done: 1,
      spentMinutes: 60,
      reports: { notDue: 1 },
    });
  });

  it('VIS-2/VIS-7: one rep’s month lists the visits behind the figures; outside the reader’s scope it is 404', async () => {
    const rep01 = await t.userId('rep01');
    const res = await get('sup_east1', `/api/visit-compliance/${rep01}?month=2026-02`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.row).toMatchObject({ rep: { username: 'rep01' }, ...february.rep01 });
    const byId = new Map(body.visits.map((v: { id: string }) => [v.id, v]));
    expect(body.visits).toHaveLength(10); // P1–P7, A1–A3
    expect(byId.get(ids.P1)).toMatchObject({
      fromPlan: true,
      countsAsPlanned: true,
      spentMinutes: 90,
      reportState: 'on_time',
    });
    expect(byId.get(ids.P2)).toMatchObject({ reportState: 'late' });
    expect(byId.get(ids.P3)).toMatchObject({ reportState: 'missing' });
    expect(byId.get(ids.P6)).toMatchObject({
      status: 'cancelled',
      countsAsPlanned: false,
      reportState: 'not_done',
    });
    expect(byId.get(ids.P7)).toMatchObject({ countsAsPlanned: false, reportState: 'on_time' });
    expect(byId.get(ids.A1)).toMatchObject({ fromPlan: false, reportState: 'not_due' });
    expect(byId.get(ids.A2)).toMatchObject({
      reportState: 'missing',
      reportDueAt: cst('2026-02-28T23:59:59.999').toISOString(),
    });
    expect(byId.get(ids.A3)).toMatchObject({ reportState: 'not_done' });

    const rep04 = await t.userId('rep04');
    expect((await get('sup_east1', `/api/visit-compliance/${rep04}?month=2026-02`)).statusCode).toBe(404);
    expect((await get('rep02', `/api/visit-compliance/${rep01}?month=2026-02`)).statusCode).toBe(404);
    expect((await get('rep01', `/api/visit-compliance/${rep01}?month=2026-02`)).statusCode).toBe(200);
    // Someone who does not visit customers has no compliance row.
    expect((await get('director', `/api/visit-compliance/${await t.userId('finance')}`)).statusCode).toBe(
      404,
    );
  });

  it('a month is YYYY-MM: anything else is a field error', async () => {
    for (const bad of ['2026-13', '2026-2', '0000-01', 'feb']) {
      const res = await get('rep01', `/api/visit-compliance?month=${bad}`);
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error.fields.month).toBe('月份格式应为 YYYY-MM（2000–2100 年）');
    }
  });

  it('VIS-7/ORG-5: the compliance export is the reader’s rows, hours with one decimal, and is audited', async () => {
    const res = await get('sup_east1', '/api/visit-compliance/export?month=2026-02');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('visit-compliance-2026-02.xlsx');
    const rows = await sheetRows(res.rawPayload);
    expect(rows[0]?.slice(0, 6)).toEqual([
      '姓名',
      '用户名',
      '部门',
      '计划拜访',
      '计划内已完成',
      '完成率（%）',
    ]);
    const rep01 = rows.find((r) => r[1] === 'rep01')!;
    expect(rep01.slice(3, 10)).toEqual(['5', '3', '60', '6', '2', '6.5', '6.2']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['rep01', 'rep02', 'rep03', 'sup_east1']);
    const log = (await get('admin', '/api/audit?action=visit_compliance.export')).json();
    expect(log.items[0]).toMatchObject({
      actorName: 'sup_east1',
      after: { rows: 4, filters: { month: '2026-02' } },
    });
    const own = await sheetRows(
      (await get('rep01', '/api/visit-compliance/export?month=2026-02')).rawPayload,
    );
    expect(own.slice(1).map((r) => r[1])).toEqual(['rep01']);
  });
});
