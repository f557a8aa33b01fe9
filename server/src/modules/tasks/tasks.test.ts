import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';

const DAY = 24 * 3_600_000;

describe('tasks (指令) and appeals (申诉)', async () => {
  const t = await createTestApp();
  const cookies: Record<string, string> = {};
  const as = async (u: string) => {
    cookies[u] ??= await t.login(u);
    return cookies[u];
  };
  const due = (days: number) => new Date(t.clock.now().getTime() + days * DAY).toISOString();
  const complete = async (assignee: string, extra: Record<string, unknown> = {}) => ({
    assigneeId: await t.userId(assignee),
    content: '拜访华东三家重点客户并提交拜访报告',
    dueAt: due(3),
    place: '上海',
    actionPlan: '周一拜访A，周二拜访B，周三拜访C',
    controlMethod: '每日晚报进度',
    evaluationMethod: '三份报告按时提交且客户确认',
    source: 'meeting',
    ...extra,
  });
  const assign = async (from: string, to: string, extra: Record<string, unknown> = {}) =>
    t.request('POST', '/api/tasks', { cookie: await as(from), body: await complete(to, extra) });

  it('ORG-3: a supervisor assigns a task to a direct report', async () => {
    const res = await assign('sup_east1', 'rep01');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'open', source: 'meeting', assignee: { username: 'rep01' } });
  });

  it('ORG-3: assigning to someone else’s report is refused with a clear message', async () => {
    const res = await assign('sup_east1', 'rep04', {});
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('TASK_NOT_DIRECT_REPORT');
    expect(res.json().error.message).toBe('指令只能下达给自己的直接下属，不能越级指挥');
    expect(res.json().error.fields.assigneeId).toBeTruthy();
  });

  it('ORG-3: no skip-level command — a manager cannot assign to a rep two levels down', async () => {
    const res = await t.request('POST', '/api/tasks', {
      cookie: await as('manager_east'),
      body: await complete('rep01'),
      lang: 'en',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('TASK_NOT_DIRECT_REPORT');
    expect(res.json().error.message).toMatch(/direct report/);
  });

  it('ORG-4: a task without a deadline or a control method is refused at the edge, in zh-CN and en', async () => {
    const body = await complete('rep01');
    const { dueAt: _d, controlMethod: _c, ...incomplete } = body;
    const zh = await t.request('POST', '/api/tasks', { cookie: await as('sup_east1'), body: incomplete });
    const en = await t.request('POST', '/api/tasks', {
      cookie: await as('sup_east1'),
      body: incomplete,
      lang: 'en',
    });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.fields).toMatchObject({ dueAt: '必填', controlMethod: '必填' });
    expect(en.json().error.fields).toMatchObject({ dueAt: 'Required', controlMethod: 'Required' });
  });

  it('ORG-4: every part is required — place, plan, evaluation method, source; blank text counts as missing', async () => {
    const res = await assign('sup_east1', 'rep01', {
      place: '  ',
      actionPlan: '',
      evaluationMethod: undefined,
      source: 'email',
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(
      ['actionPlan', 'evaluationMethod', 'place', 'source'].sort(),
    );
  });

  it('ORG-4: a deadline in the past is refused', async () => {
    const res = await assign('sup_east1', 'rep01', { dueAt: due(-1) });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields.dueAt).toBeTruthy();
  });

  it('ORG-3: a superior further up reads the task (skip-level inspection); an outsider gets 404', async () => {
    const created = (await assign('sup_east1', 'rep01', { content: '越级查看测试' })).json();
    for (const u of ['rep01', 'sup_east1', 'manager_east', 'rm_east', 'director', 'gm']) {
      const res = await t.request('GET', `/api/tasks/${created.id}`, { cookie: await as(u) });
      expect(res.statusCode, u).toBe(200);
    }
    for (const u of ['sup_east2', 'rep02', 'manager_south', 'assistant_east']) {
      const res = await t.request('GET', `/api/tasks/${created.id}`, { cookie: await as(u) });
      expect(res.statusCode, u).toBe(404);
    }
    const subs = await t.request('GET', '/api/tasks?box=subordinates&pageSize=100', {
      cookie: await as('manager_east'),
    });
    expect(subs.json().items.map((x: { id: string }) => x.id)).toContain(created.id);
    const outsider = await t.request('GET', '/api/tasks?box=subordinates&pageSize=100', {
      cookie: await as('sup_east2'),
    });
    expect(outsider.json().items.map((x: { id: string }) => x.id)).not.toContain(created.id);
  });

  it('ORG-4: done by the assignee, then evaluated by the assigner; the deadline closes; each side is told', async () => {
    const created = (await assign('sup_east1', 'rep02', { content: '完成与评价' })).json();
    expect(created.actions).toEqual({ done: false, evaluate: false });
    const rep02 = await as('rep02');
    const notes = await t.request('GET', '/api/notifications?unread=true', { cookie: rep02 });
    expect(notes.json().items.some((n: { event: string }) => n.event === 'task.assigned')).toBe(true);

    // Only the assignee reports done; only the assigner evaluates, and only once done.
    const early = await t.request('POST', `/api/tasks/${created.id}/evaluate`, {
      cookie: await as('sup_east1'),
      body: { evaluation: '好', score: 90 },
    });
    expect(early.json().error.code).toBe('TASK_WRONG_STATUS');
    const notMine = await t.request('POST', `/api/tasks/${created.id}/done`, {
      cookie: await as('sup_east1'),
      body: { note: '代报' },
    });
    expect(notMine.json().error.code).toBe('TASK_NOT_ASSIGNEE');

    const seen = await t.request('GET', `/api/tasks/${created.id}`, { cookie: rep02 });
    expect(seen.json().actions).toEqual({ done: true, evaluate: false });
    const done = await t.request('POST', `/api/tasks/${created.id}/done`, {
      cookie: rep02,
      body: { note: '三家客户均已拜访' },
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', doneNote: '三家客户均已拜访' });

    const byManager = await t.request('POST', `/api/tasks/${created.id}/evaluate`, {
      cookie: await as('manager_east'),
      body: { evaluation: '越级评价', score: 50 },
    });
    expect(byManager.json().error.code).toBe('TASK_NOT_ASSIGNER');
    const evaluated = await t.request('POST', `/api/tasks/${created.id}/evaluate`, {
      cookie: await as('sup_east1'),
      body: { evaluation: '按时完成，报告完整', score: 92 },
    });
    expect(evaluated.statusCode).toBe(200);
    expect(evaluated.json()).toMatchObject({
      status: 'evaluated',
      score: 92,
      evaluation: '按时完成，报告完整',
    });

    const dueRows = (await t.database.db.execute(
      `select status, closed_reason from due_items where subject_type = 'task' and subject_id = '${created.id}'`,
    )) as unknown as { rows: { status: string; closed_reason: string }[] };
    expect(dueRows.rows).toEqual([{ status: 'closed', closed_reason: 'task.done' }]);
    const supNotes = await t.request('GET', '/api/notifications', { cookie: await as('sup_east1') });
    expect(supNotes.json().items.some((n: { event: string }) => n.event === 'task.done')).toBe(true);
    const repNotes = await t.request('GET', '/api/notifications', { cookie: rep02 });
    expect(repNotes.json().items.some((n: { event: string }) => n.event === 'task.evaluated')).toBe(true);

    const audit = (await t.database.db.execute(
      `select action from audit_log where entity = 'task' and entity_id = '${created.id}' order by id`,
    )) as unknown as { rows: { action: string }[] };
    expect(audit.rows.map((r) => r.action)).toEqual(['task.create', 'task.done', 'task.evaluate']);
  });

  it('ORG-3: the task deadline is a due item owned by the assignee with an escalation ladder', async () => {
    const created = (await assign('sup_east1', 'rep03', { content: '期限' })).json();
    const rows = (await t.database.db.execute(
      `select owner_id, kind, status, ladder from due_items where subject_id = '${created.id}'`,
    )) as unknown as { rows: { owner_id: string; kind: string; status: string; ladder: unknown[] }[] };
    expect(rows.rows[0]).toMatchObject({ owner_id: await t.userId('rep03'), kind: 'task', status: 'open' });
    expect(rows.rows[0]?.ladder).toContainEqual({ offsetMinutes: 0, notify: 'superior' });
  });

  it('lists: assigned by me, received by me, paged on the server', async () => {
    const assigned = await t.request('GET', '/api/tasks?box=assigned&pageSize=2', {
      cookie: await as('sup_east1'),
    });
    expect(assigned.json().items).toHaveLength(2);
    expect(assigned.json().total).toBeGreaterThan(2);
    const received = await t.request('GET', '/api/tasks?box=received', { cookie: await as('rep01') });
    expect(
      received.json().items.every((x: { assignee: { username: string } }) => x.assignee.username === 'rep01'),
    ).toBe(true);
  });

  it('the assignable list holds my direct reports only', async () => {
    const res = await t.request('GET', '/api/tasks/assignable', { cookie: await as('manager_east') });
    const names = res
      .json()
      .items.map((u: { username: string }) => u.username)
      .sort();
    expect(names).toEqual(['assistant_east', 'sup_east1', 'sup_east2']);
  });

  it('ORG-3: an appeal to a level two up is accepted and answered; to a peer it is refused', async () => {
    const rep01 = await as('rep01');
    const targets = await t.request('GET', '/api/appeals/targets', { cookie: rep01 });
    expect(targets.json().items.map((u: { username: string }) => u.username)).toEqual([
      'sup_east1',
      'manager_east',
      'rm_east',
      'director',
      'gm',
    ]);
    const peer = await t.request('POST', '/api/appeals', {
      cookie: rep01,
      body: { toUserId: await t.userId('rep02'), content: '申诉' },
    });
    expect(peer.statusCode).toBe(422);
    expect(peer.json().error.code).toBe('APPEAL_NOT_SUPERIOR');
    expect(peer.json().error.fields.toUserId).toBeTruthy();
    const other = await t.request('POST', '/api/appeals', {
      cookie: rep01,
      body: { toUserId: await t.userId('sup_east2'), content: '申诉' },
    });
    expect(other.json().error.code).toBe('APPEAL_NOT_SUPERIOR');

    const ok = await t.request('POST', '/api/appeals', {
      cookie: rep01,
      body: { toUserId: await t.userId('manager_east'), content: '对主管的考核有异议' },
    });
    expect(ok.statusCode).toBe(200);
    const appeal = ok.json();
    expect(appeal).toMatchObject({ status: 'open', to: { username: 'manager_east' } });

    // Only the person appealed to sees it besides the appellant, and only they answer.
    const sup = await t.request('GET', `/api/appeals/${appeal.id}`, { cookie: await as('sup_east1') });
    expect(sup.statusCode).toBe(404);
    const manager = await as('manager_east');
    const count = await t.request('GET', '/api/todo/count', { cookie: manager });
    expect(count.json().sections.find((s: { key: string }) => s.key === 'tasks.appeals').count).toBe(1);
    const answered = await t.request('POST', `/api/appeals/${appeal.id}/answer`, {
      cookie: manager,
      body: { response: '已复核，维持原考核' },
    });
    expect(answered.json()).toMatchObject({ status: 'answered', response: '已复核，维持原考核' });
    const again = await t.request('POST', `/api/appeals/${appeal.id}/answer`, {
      cookie: manager,
      body: { response: '再答' },
    });
    expect(again.json().error.code).toBe('APPEAL_ALREADY_ANSWERED');
    const mine = await t.request('GET', '/api/appeals?box=mine', { cookie: rep01 });
    expect(mine.json().items[0]).toMatchObject({ id: appeal.id, status: 'answered' });
    const notes = await t.request('GET', '/api/notifications', { cookie: rep01 });
    expect(notes.json().items.some((n: { event: string }) => n.event === 'appeal.answered')).toBe(true);
  });
});
