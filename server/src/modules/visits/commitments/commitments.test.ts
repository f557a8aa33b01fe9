import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/test-app.js';
import { auditLog } from '../../../platform/audit/tables.js';
import { dueItems } from '../../../platform/deadlines/tables.js';
import { notifications } from '../../../platform/notifications/tables.js';
import { callers, doneVisit } from '../reports/test-kit.js';
import { VISIT_COMMITMENT_KIND } from './due.js';

const DAY = 24 * 3_600_000;

const report = {
  purposeAchieved: 'yes',
  customerSituation: '设备运行稳定',
  nextSteps: '月底回访',
};

type Row = { id: string; subject: string; dueAt: string | null; link: string; title: Record<string, string> };

describe('visit commitments (VIS-6, ORG-4)', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const { call, ok, runDeadlines } = callers(t);
  const section = async (u: string, key: string): Promise<Row[]> =>
    ((await ok(u, 'GET', '/api/todo')).sections as { key: string; items: Row[] }[]).find((s) => s.key === key)
      ?.items ?? [];
  const inDays = (n: number) => new Date(t.clock.now().getTime() + n * DAY).toISOString();

  it('VIS-6: a commitment the rep makes is tracked from the report’s submission to done (by the rep) and confirmed (by the rep’s superior)', async () => {
    t.clock.set(new Date('2026-03-02T06:00:00Z'));
    const v = await doneVisit(t, 'rep01', t.clock.now());
    const rep01 = await t.userId('rep01');
    const commitment = {
      content: '三天内寄送新款样品',
      ownerId: rep01,
      dueAt: inDays(3),
      checkMethod: '客户签收单',
    };
    // A draft's commitments are part of the report only: not tracked, nowhere in 待办.
    const draft = await ok('rep01', 'PUT', `/api/visits/${v.visitId}/report`, { commitments: [commitment] });
    expect(draft.commitments).toMatchObject([{ status: 'draft', content: '三天内寄送新款样品' }]);
    expect((await ok('rep01', 'GET', '/api/visit-commitments?box=mine')).total).toBe(0);

    const submitted = await ok('rep01', 'POST', `/api/visits/${v.visitId}/report/submit`, {
      ...report,
      commitments: [commitment],
    });
    const [c] = submitted.commitments;
    expect(c).toMatchObject({
      status: 'open',
      owner: { username: 'rep01' },
      author: { username: 'rep01' },
      checkMethod: '客户签收单',
      dueAt: commitment.dueAt,
      taskId: null,
      actions: { done: true, confirm: false },
    });
    const [item] = await db.select().from(dueItems).where(eq(dueItems.subjectId, c.id));
    expect(item).toMatchObject({ kind: VISIT_COMMITMENT_KIND, status: 'open', ownerId: rep01 });
    expect(await section('rep01', 'visits.commitmentsToDo')).toContainEqual(
      expect.objectContaining({ id: c.id, subject: v.customerName, dueAt: commitment.dueAt }),
    );

    // Only the owner reports it done; only the rep's superior confirms, once it is done.
    const bySup = await call('sup_east1', 'POST', `/api/visit-commitments/${c.id}/done`, { note: 'x' });
    expect(bySup.json().error.code).toBe('VISIT_COMMITMENT_NOT_OWNER');
    const early = await call('sup_east1', 'POST', `/api/visit-commitments/${c.id}/confirm`);
    expect(early.json().error.code).toBe('VISIT_COMMITMENT_WRONG_STATUS');
    const noNote = await call('rep01', 'POST', `/api/visit-commitments/${c.id}/done`, { note: '' });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().error.fields).toHaveProperty('note');

    t.clock.advance(DAY);
    const done = await ok('rep01', 'POST', `/api/visit-commitments/${c.id}/done`, {
      note: '样品已寄出，客户已签收',
    });
    expect(done).toMatchObject({
      status: 'done',
      doneNote: '样品已寄出，客户已签收',
      actions: { done: false },
    });
    expect((await db.select().from(dueItems).where(eq(dueItems.subjectId, c.id)))[0]!.status).toBe('closed');
    expect((await section('rep01', 'visits.commitmentsToDo')).map((r) => r.id)).not.toContain(c.id);
    const byRep = await call('rep01', 'POST', `/api/visit-commitments/${c.id}/confirm`);
    expect(byRep.json().error.code).toBe('VISIT_COMMITMENT_NOT_CONFIRMER');
    expect((await section('manager_east', 'visits.commitmentsToConfirm')).map((r) => r.id)).not.toContain(
      c.id,
    );

    // Confirming is the superior's 待办.
    const toConfirm = await section('sup_east1', 'visits.commitmentsToConfirm');
    expect(toConfirm).toContainEqual(
      expect.objectContaining({
        id: c.id,
        subject: `${v.customerName} · 赵磊`,
        title: expect.objectContaining({ 'zh-CN': '确认拜访承诺：三天内寄送新款样品' }),
      }),
    );
    const listed = await ok('sup_east1', 'GET', '/api/visit-commitments?box=toConfirm&status=done');
    expect(listed.items.map((i: { id: string }) => i.id)).toContain(c.id);
    expect(listed.items.find((i: { id: string }) => i.id === c.id).actions.confirm).toBe(true);

    const confirmed = await ok('sup_east1', 'POST', `/api/visit-commitments/${c.id}/confirm`);
    expect(confirmed).toMatchObject({ status: 'confirmed', confirmedBy: { username: 'sup_east1' } });
    expect((await section('sup_east1', 'visits.commitmentsToConfirm')).map((r) => r.id)).not.toContain(c.id);
    const again = await call('sup_east1', 'POST', `/api/visit-commitments/${c.id}/confirm`);
    expect(again.json().error.code).toBe('VISIT_COMMITMENT_WRONG_STATUS');
    const actions = (
      await db.select().from(auditLog).where(eq(auditLog.entityId, c.id)).orderBy(auditLog.id)
    ).map((a) => a.action);
    expect(actions).toEqual(['visitCommitment.open', 'visitCommitment.done', 'visitCommitment.confirm']);
  });

  it('ORG-4/VIS-6: a commitment given to a direct report is also a task; the task’s completion and evaluation carry it to done and confirmed', async () => {
    t.clock.set(new Date('2026-03-09T02:00:00Z'));
    const v = await doneVisit(t, 'sup_east1', t.clock.now());
    const rep02 = await t.userId('rep02');
    // Only oneself or one's own direct reports: not someone else's rep (no skip-level command).
    const wrong = await call('sup_east1', 'PUT', `/api/visits/${v.visitId}/report`, {
      commitments: [
        { content: '跟进报价', ownerId: await t.userId('rep04'), dueAt: inDays(5), checkMethod: '报价单' },
        { content: '过期', ownerId: rep02, dueAt: inDays(-1), checkMethod: '报价单' },
      ],
    });
    expect(wrong.statusCode).toBe(400);
    expect(Object.keys(wrong.json().error.fields).sort()).toEqual([
      'commitments.0.ownerId',
      'commitments.1.dueAt',
    ]);

    const submitted = await ok('sup_east1', 'POST', `/api/visits/${v.visitId}/report/submit`, {
      ...report,
      commitments: [
        { content: '一周内上门调试设备', ownerId: rep02, dueAt: inDays(7), checkMethod: '调试记录' },
      ],
    });
    const [c] = submitted.commitments;
    expect(c).toMatchObject({
      status: 'open',
      owner: { username: 'rep02' },
      author: { username: 'sup_east1' },
    });
    expect(c.taskId).toBeTruthy();
    // ORG-4: the task is complete — who, what, by when, where, how, how checked — and given in writing.
    const task = await ok('rep02', 'GET', `/api/tasks/${c.taskId}`);
    expect(task).toMatchObject({
      assigner: { username: 'sup_east1' },
      assignee: { username: 'rep02' },
      content: '一周内上门调试设备',
      dueAt: c.dueAt,
      place: v.customerName,
      controlMethod: '调试记录',
      evaluationMethod: '调试记录',
      source: 'written',
      status: 'open',
    });
    // One deadline and one 待办 row: the task's.
    expect(await db.select().from(dueItems).where(eq(dueItems.subjectId, c.id))).toHaveLength(0);
    expect((await section('rep02', 'visits.commitmentsToDo')).map((r) => r.id)).not.toContain(c.id);
    expect((await section('rep02', 'tasks.tasks')).map((r) => r.id)).toContain(c.taskId);
    const direct = await call('rep02', 'POST', `/api/visit-commitments/${c.id}/done`, { note: '已调试' });
    expect(direct.json().error.code).toBe('VISIT_COMMITMENT_BY_TASK');

    await ok('rep02', 'POST', `/api/tasks/${c.taskId}/done`, { note: '已上门调试，运行正常' });
    expect(await ok('rep02', 'GET', `/api/visit-commitments/${c.id}`)).toMatchObject({
      status: 'done',
      doneNote: '已上门调试，运行正常',
    });
    await ok('sup_east1', 'POST', `/api/tasks/${c.taskId}/evaluate`, { evaluation: '按时完成', score: 90 });
    expect(await ok('sup_east1', 'GET', `/api/visit-commitments/${c.id}`)).toMatchObject({
      status: 'confirmed',
      confirmedBy: { username: 'sup_east1' },
    });
  });

  it('VIS-6: an overdue commitment escalates by the ladder: the owner, then the superior', async () => {
    t.clock.set(new Date('2026-03-16T02:00:00Z'));
    const v = await doneVisit(t, 'rep03', t.clock.now());
    const submitted = await ok('rep03', 'POST', `/api/visits/${v.visitId}/report/submit`, {
      ...report,
      commitments: [
        {
          content: '两天内提供报价',
          ownerId: await t.userId('rep03'),
          dueAt: inDays(2),
          checkMethod: '报价单',
        },
      ],
    });
    const [c] = submitted.commitments;
    t.clock.advance(2 * DAY + 60_000);
    await runDeadlines();
    const told = async (u: string) =>
      db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, await t.userId(u)), eq(notifications.subjectId, c.id)));
    const toRep = (await told('rep03')).find((n) => n.event === 'deadline.overdue');
    expect(toRep?.titleZh).toBe(`拜访承诺已逾期：两天内提供报价（${v.customerName}），请尽快完成`);
    expect(toRep?.link).toBe(`/visit-commitments?id=${c.id}`);
    const toSup = await told('sup_east1');
    expect(toSup.map((n) => n.titleZh)).toContain(
      `下属拜访承诺逾期：孙浩 的「两天内提供报价」（${v.customerName}）`,
    );
    const overdue = await ok('sup_east1', 'GET', '/api/visit-commitments?box=all&overdue=true');
    expect(overdue.items.map((i: { id: string }) => i.id)).toContain(c.id);
    expect(overdue.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
    expect((await section('rep03', 'visits.commitmentsToDo')).find((r) => r.id === c.id)).toMatchObject({
      overdue: true,
    });
  });

  it('VIS-6/ORG-5: commitments outside one’s scope do not exist (404)', async () => {
    const mine = await ok('rep01', 'GET', '/api/visit-commitments?box=mine');
    expect(mine.total).toBeGreaterThan(0);
    const id = mine.items[0].id;
    expect((await call('rep02', 'GET', `/api/visit-commitments/${id}`)).statusCode).toBe(404);
    expect((await call('sup_south1', 'GET', `/api/visit-commitments/${id}`)).statusCode).toBe(404);
    expect((await call('sup_south1', 'POST', `/api/visit-commitments/${id}/confirm`)).statusCode).toBe(404);
    expect((await ok('sup_south1', 'GET', '/api/visit-commitments?box=all')).total).toBe(0);
    expect((await ok('manager_east', 'GET', `/api/visit-commitments/${id}`)).id).toBe(id);
  });
});
