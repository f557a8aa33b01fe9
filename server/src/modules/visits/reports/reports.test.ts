import { and, desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/test-app.js';
import { auditLog } from '../../../platform/audit/tables.js';
import { type Ctx, inTx } from '../../../platform/context.js';
import { dueItems } from '../../../platform/deadlines/tables.js';
import { notifications } from '../../../platform/notifications/tables.js';
import { setPolicy } from '../../../platform/policies/write.js';
import { visits } from '../tables.js';
import { VISIT_REPORT_KIND } from './due.js';
import { visitReportDayKind, visitReportDays } from './policies.js';
import { callers, doneVisit } from './test-kit.js';

type TodoSection = {
  key: string;
  items: {
    id: string;
    title: Record<string, string>;
    subject: string;
    dueAt: string;
    detail: Record<string, string> | null;
    link: string;
    action: { kind: string; ids: Record<string, string> } | null;
  }[];
};

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

const full = {
  purposeAchieved: 'partly',
  customerSituation: '客户产线扩建，三季度增加采购',
  customerNeeds: '希望缩短交期',
  competitorInfo: '竞品报价低 5%',
  nextSteps: '下周送样并报价',
};

describe('visit reports (VIS-5)', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const { call, ok, runDeadlines } = callers(t);
  const todo = async (u: string): Promise<TodoSection[]> => (await ok(u, 'GET', '/api/todo')).sections;
  const section = async (u: string, key: string) => (await todo(u)).find((s) => s.key === key);
  const notices = async (u: string, subjectId: string) =>
    db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, await t.userId(u)), eq(notifications.subjectId, subjectId)));
  const systemCtx: Ctx = {
    db,
    clock: t.clock,
    actor: null,
    requestId: 'test',
    ip: null,
    userAgent: null,
    lang: 'zh-CN',
  };

  it('VIS-5: with 2 calendar days a visit on day V is due at the end of V+2, overdue from the start of V+3, and the supervisor is told on escalation', async () => {
    // V = Monday 2026-03-02 in Shanghai; the rep checks out at 14:00 local.
    t.clock.set(new Date('2026-03-02T06:00:00Z'));
    const v = await doneVisit(t, 'rep01', new Date('2026-03-02T06:00:00Z'));
    const report = await ok('rep01', 'GET', `/api/visits/${v.visitId}/report`);
    expect(report).toMatchObject({
      status: 'draft',
      dueAt: '2026-03-04T15:59:59.999Z', // 23:59:59.999 on V+2, company time
      late: false,
      customer: { name: v.customerName },
      author: { username: 'rep01' },
      actions: { edit: true },
    });
    // 待办 shows the report to write from the day of the visit: customer, visit date, due time.
    const rows = (await section('rep01', 'visits.reportsToWrite'))!.items;
    expect(rows).toContainEqual(
      expect.objectContaining({
        id: report.id,
        subject: v.customerName,
        dueAt: '2026-03-04T15:59:59.999Z',
        detail: { 'zh-CN': '拜访日 2026-03-02', en: 'visited 2026-03-02' },
        link: `/visits/${v.visitId}/report`,
      }),
    );

    // The last minute of V+2: not overdue yet (the reminder went out the day before).
    t.clock.set(new Date('2026-03-04T15:59:00Z'));
    await runDeadlines();
    expect((await notices('rep01', report.id)).map((n) => n.event)).toEqual(['deadline.reminder']);
    expect((await ok('rep01', 'GET', `/api/visit-reports/${report.id}`)).late).toBe(false);

    // The start of V+3: overdue, the rep is told; the supervisor not yet.
    t.clock.set(new Date('2026-03-04T16:00:00Z'));
    await runDeadlines();
    const repNotices = await notices('rep01', report.id);
    expect(repNotices.map((n) => n.event)).toEqual(['deadline.reminder', 'deadline.overdue']);
    expect(repNotices[1]!.titleZh).toBe(`拜访报告已逾期：${v.customerName}（2026-03-02 拜访），请尽快提交`);
    expect(await notices('sup_east1', report.id)).toHaveLength(0);
    expect((await ok('rep01', 'GET', `/api/visit-reports/${report.id}`)).late).toBe(true);
    const overdueRow = (await section('rep01', 'visits.reportsToWrite'))!.items.find(
      (r) => r.id === report.id,
    );
    expect(overdueRow).toMatchObject({ overdue: true });

    // visit.reportEscalateDays (1) later: the rep's direct supervisor is told.
    t.clock.set(new Date('2026-03-05T16:00:00Z'));
    await runDeadlines();
    const supNotices = await notices('sup_east1', report.id);
    expect(supNotices.map((n) => n.event)).toEqual(['deadline.escalated']);
    expect(supNotices[0]!.titleZh).toBe(`下属拜访报告逾期：赵磊 的 ${v.customerName}（2026-03-02 拜访）`);
    expect(supNotices[0]!.link).toBe(`/visit-reports/${report.id}`);

    // Submitted late: it stays late, and the review in 待办 says so.
    const late = await ok('rep01', 'POST', `/api/visits/${v.visitId}/report/submit`, full);
    expect(late).toMatchObject({ status: 'submitted', late: true });
    const review = (await section('sup_east1', 'approvals.waiting'))!.items.find(
      (r) => r.link === `/visit-reports/${report.id}`,
    );
    expect(review?.detail).toMatchObject({ 'zh-CN': '第 1 / 1 步 · 申请人 赵磊 · 逾期提交' });
  });

  it('VIS-5: with 3 working days a visit on 2026-09-30 skips National Day: due at the end of Saturday 2026-10-10 (a make-up workday)', async () => {
    await inTx(systemCtx, async (tx) => {
      await setPolicy(tx, systemCtx, { id: visitReportDays.id, value: 3 });
      await setPolicy(tx, systemCtx, { id: visitReportDayKind.id, value: 'working' });
    });
    try {
      t.clock.set(new Date('2026-09-30T02:00:00Z'));
      const v = await doneVisit(t, 'rep03', new Date('2026-09-30T02:00:00Z'));
      const report = await ok('rep03', 'GET', `/api/visits/${v.visitId}/report`);
      // Oct 1–7 are holidays: Thu Oct 8 (1), Fri Oct 9 (2), Sat Oct 10 make-up workday (3).
      expect(report.dueAt).toBe('2026-10-10T15:59:59.999Z');
      const [item] = await db.select().from(dueItems).where(eq(dueItems.subjectId, report.id));
      expect(item).toMatchObject({ kind: VISIT_REPORT_KIND, status: 'open' });
      expect(item!.dueAt.toISOString()).toBe('2026-10-10T15:59:59.999Z');
    } finally {
      await inTx(systemCtx, async (tx) => {
        await setPolicy(tx, systemCtx, { id: visitReportDays.id, value: visitReportDays.default });
        await setPolicy(tx, systemCtx, { id: visitReportDayKind.id, value: visitReportDayKind.default });
      });
    }
  });

  it('VIS-5: the rep saves a draft and submits; the report goes to the direct superior’s 待办 with the customer and on time; only they decide; approved', async () => {
    t.clock.set(new Date('2026-11-02T02:00:00Z'));
    const v = await doneVisit(t, 'rep01', new Date('2026-11-02T02:00:00Z'));
    const saved = await ok('rep01', 'PUT', `/api/visits/${v.visitId}/report`, {
      purposeAchieved: 'yes',
      customerSituation: '运行正常',
    });
    expect(saved).toMatchObject({ status: 'draft', purposeAchieved: 'yes', nextSteps: null });
    // Submitting asks for every required part, on its field.
    const incomplete = await call('rep01', 'POST', `/api/visits/${v.visitId}/report/submit`, {
      purposeAchieved: 'yes',
      customerSituation: '运行正常',
    });
    expect(incomplete.statusCode).toBe(400);
    expect(Object.keys(incomplete.json().error.fields)).toEqual(['nextSteps']);
    expect((await ok('rep01', 'GET', `/api/visits/${v.visitId}/report`)).status).toBe('draft');

    t.clock.advance(3_600_000);
    const submitted = await ok('rep01', 'POST', `/api/visits/${v.visitId}/report/submit`, full);
    expect(submitted).toMatchObject({
      status: 'submitted',
      submittedAt: t.clock.now().toISOString(),
      late: false,
      actions: { edit: false },
      ...full,
    });
    const [item] = await db.select().from(dueItems).where(eq(dueItems.subjectId, submitted.id));
    expect(item).toMatchObject({ status: 'closed', closedReason: 'visitReport.submitted' });
    expect((await section('rep01', 'visits.reportsToWrite'))!.items.map((r) => r.id)).not.toContain(
      submitted.id,
    );
    // Submitted: it can no longer be changed.
    const edit = await call('rep01', 'PUT', `/api/visits/${v.visitId}/report`, full);
    expect(edit.json().error.code).toBe('VISIT_REPORT_NOT_EDITABLE');

    // The review is the direct superior's 待办, naming the customer, the rep and "on time".
    const waiting = (await section('sup_east1', 'approvals.waiting'))!.items.find(
      (r) => r.link === `/visit-reports/${submitted.id}`,
    );
    expect(waiting).toMatchObject({
      subject: v.customerName,
      title: { 'zh-CN': `审批拜访报告：${v.customerName} 2026-11-02` },
      detail: { 'zh-CN': '第 1 / 1 步 · 申请人 赵磊 · 按时提交' },
      action: { kind: 'approve' },
    });
    // Nobody else decides: not the manager above, not the rep.
    const requestId = waiting!.action!.ids.requestId!;
    const byManager = await call('manager_east', 'POST', `/api/approvals/${requestId}/approve`, {});
    expect(byManager.json().error.code).toBe('APPROVAL_NOT_CURRENT_APPROVER');
    const byRep = await call('rep01', 'POST', `/api/approvals/${requestId}/approve`, {});
    expect(byRep.json().error.code).toBe('APPROVAL_SELF_APPROVAL');

    await ok('sup_east1', 'POST', `/api/approvals/${requestId}/approve`, { comment: '很好' });
    const approved = await ok('sup_east1', 'GET', `/api/visit-reports/${submitted.id}`);
    expect(approved).toMatchObject({
      status: 'approved',
      reviewer: { username: 'sup_east1' },
      reviewComment: '很好',
      actions: { edit: false },
    });
    const actions = (
      await db.select().from(auditLog).where(eq(auditLog.entityId, submitted.id)).orderBy(auditLog.id)
    ).map((a) => a.action);
    expect(actions).toEqual([
      'visitReport.open',
      'visitReport.save',
      'visitReport.save',
      'visitReport.submit',
      'visitReport.approve',
    ]);
  });

  it('VIS-5: a return needs a comment, tells the rep, and gives a new deadline (visit.reportReviseDays); the revised report is resubmitted, its first submission still counts', async () => {
    t.clock.set(new Date('2026-11-09T02:00:00Z'));
    const v = await doneVisit(t, 'rep02', new Date('2026-11-09T02:00:00Z'));
    const first = await ok('rep02', 'POST', `/api/visits/${v.visitId}/report/submit`, full);
    const history = await ok(
      'sup_east1',
      'GET',
      `/api/approvals/history?docType=visit_report&docId=${first.id}`,
    );
    const noComment = await call('sup_east1', 'POST', `/api/approvals/${history.latestRequestId}/reject`, {
      comment: ' ',
    });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.fields).toHaveProperty('comment');

    // Returned on Wednesday 2026-11-11, 10:00 local: due again by the end of Thursday.
    t.clock.set(new Date('2026-11-11T02:00:00Z'));
    await ok('sup_east1', 'POST', `/api/approvals/${history.latestRequestId}/reject`, {
      comment: '请补充竞品价格',
    });
    const returned = await ok('rep02', 'GET', `/api/visit-reports/${first.id}`);
    expect(returned).toMatchObject({
      status: 'returned',
      reviewComment: '请补充竞品价格',
      reviewer: { username: 'sup_east1' },
      submittedAt: first.submittedAt,
      dueAt: first.dueAt,
      reviseDueAt: '2026-11-12T15:59:59.999Z',
      actions: { edit: true },
    });
    const told = await notices('rep02', first.id);
    expect(told.map((n) => n.event)).toContain('approval.rejected');
    expect(told.find((n) => n.event === 'approval.rejected')!.bodyZh).toBe('驳回意见：请补充竞品价格');
    const row = (await section('rep02', 'visits.reportsToWrite'))!.items.find((r) => r.id === first.id);
    expect(row).toMatchObject({
      title: { 'zh-CN': `修改拜访报告：${v.customerName}` },
      dueAt: '2026-11-12T15:59:59.999Z',
      detail: { 'zh-CN': '拜访日 2026-11-09 · 已退回：请补充竞品价格' },
    });

    t.clock.advance(3_600_000);
    const again = await ok('rep02', 'POST', `/api/visits/${v.visitId}/report/submit`, {
      ...full,
      competitorInfo: '竞品报价低 5%，账期 90 天',
    });
    expect(again).toMatchObject({
      status: 'submitted',
      competitorInfo: '竞品报价低 5%，账期 90 天',
      submittedAt: first.submittedAt,
      reviseDueAt: null,
      late: false,
    });
    const rounds = await ok(
      'sup_east1',
      'GET',
      `/api/approvals/history?docType=visit_report&docId=${first.id}`,
    );
    expect(rounds.rounds).toHaveLength(2);
    await ok('sup_east1', 'POST', `/api/approvals/${rounds.latestRequestId}/approve`, {});
    expect((await ok('rep02', 'GET', `/api/visit-reports/${first.id}`)).status).toBe('approved');
  });

  it('VIS-5/ORG-5: only the rep writes; a report outside one’s scope does not exist (404); lists: mine and my team’s, filtered by status, late and date', async () => {
    t.clock.set(new Date('2026-11-16T02:00:00Z'));
    const v = await doneVisit(t, 'rep03', new Date('2026-11-16T02:00:00Z'));
    const report = await ok('rep03', 'GET', `/api/visits/${v.visitId}/report`);
    // Another rep, and another region's supervisor: nothing there.
    expect((await call('rep01', 'GET', `/api/visit-reports/${report.id}`)).statusCode).toBe(404);
    expect((await call('rep01', 'PUT', `/api/visits/${v.visitId}/report`, full)).statusCode).toBe(404);
    expect((await call('sup_south1', 'GET', `/api/visits/${v.visitId}/report`)).statusCode).toBe(404);
    // The supervisor reads it, but the rep writes it.
    expect((await ok('sup_east1', 'GET', `/api/visit-reports/${report.id}`)).actions.edit).toBe(false);
    const bySup = await call('sup_east1', 'PUT', `/api/visits/${v.visitId}/report`, full);
    expect(bySup.statusCode).toBe(403);
    expect(bySup.json().error.code).toBe('VISIT_REPORT_NOT_AUTHOR');

    const team = await ok('sup_east1', 'GET', '/api/visit-reports?box=team&from=2026-11-16&to=2026-11-16');
    expect(team.items.map((r: { id: string }) => r.id)).toEqual([report.id]);
    expect(team.items[0]).toMatchObject({ author: { username: 'rep03' }, commitmentCount: 0 });
    expect((await ok('sup_south1', 'GET', '/api/visit-reports?box=team')).total).toBe(0);
    expect(
      (await ok('rep03', 'GET', '/api/visit-reports?box=mine&status=draft')).items.map(
        (r: { id: string }) => r.id,
      ),
    ).toContain(report.id);
    expect((await ok('rep03', 'GET', '/api/visit-reports?box=mine&status=approved')).items).toHaveLength(0);
    // The visit of 2026-03-02 (first test) is late; this one is not.
    const late = await ok('sup_east1', 'GET', '/api/visit-reports?box=team&late=true');
    expect(late.items.map((r: { id: string }) => r.id)).not.toContain(report.id);
    expect(late.items.every((r: { late: boolean }) => r.late)).toBe(true);
    expect(late.total).toBeGreaterThan(0);

    // ORG-5: the team's list as a workbook — the same scope and filters, on time or late, audited.
    const exported = await call('sup_east1', 'GET', '/api/visit-reports/export?box=team&late=true');
    expect(exported.statusCode).toBe(200);
    const rows = await sheetRows(exported.rawPayload);
    expect(rows[0]!.slice(0, 3)).toEqual(['客户', '业务员', '拜访目的']);
    expect(rows).toHaveLength(late.total + 1);
    expect(rows.slice(1).every((r) => r.includes('逾期'))).toBe(true);
    expect(rows.flat()).not.toContain(v.customerName);
    const [exportAudit] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'visit_report.export'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(exportAudit).toMatchObject({ actorName: 'sup_east1', after: { rows: late.total } });
    expect((await call('sup_south1', 'GET', '/api/visit-reports/export?box=team')).statusCode).toBe(200);
    expect((await call('finance', 'GET', '/api/visit-reports/export')).statusCode).toBe(403);

    // Field errors name the field, nested ones with their position.
    const bad = await call('rep03', 'PUT', `/api/visits/${v.visitId}/report`, {
      purposeAchieved: 'maybe',
      commitments: [{ content: '', ownerId: 'x', dueAt: 'tomorrow', checkMethod: '' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual([
      'commitments.0.checkMethod',
      'commitments.0.content',
      'commitments.0.dueAt',
      'commitments.0.ownerId',
      'purposeAchieved',
    ]);

    // A visit not made yet has no report to write.
    const [planned] = await db
      .insert(visits)
      .values({
        repId: await t.userId('rep03'),
        unitId: (await db.select().from(visits).where(eq(visits.id, v.visitId)))[0]!.unitId,
        customerId: v.customerId,
        purpose: 'coverage',
        plannedOn: '2026-11-20',
      })
      .returning({ id: visits.id });
    const early = await call('rep03', 'PUT', `/api/visits/${planned!.id}/report`, full);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('VISIT_NOT_DONE');
    expect((await call('rep03', 'GET', `/api/visits/${planned!.id}/report`)).statusCode).toBe(404);
  });
});
