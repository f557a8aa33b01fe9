import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { loadDemoRequests } from '../../demo/demo-requests.js';
import { deadlineJob } from '../../platform/deadlines/job.js';
import { executeJob } from '../../platform/jobs/runner.js';
import { mailJob } from '../../platform/mail/job.js';

const DAY = 24 * 3_600_000;

describe('待办 (to-do) list and badge', async () => {
  const t = await createTestApp();

  it('the count gathers open tasks once (their deadlines are not counted again), and unread notifications apart', async () => {
    let rep = await t.login('rep01');
    const empty = await t.request('GET', '/api/todo/count', { cookie: rep });
    expect(empty.json()).toEqual({
      total: 0,
      approvals: 0,
      deadlines: 0,
      tasks: 0,
      appeals: 0,
      unreadNotifications: 0,
    });
    const created = await t.request('POST', '/api/tasks', {
      cookie: await t.login('sup_east1'),
      body: {
        assigneeId: await t.userId('rep01'),
        content: '待办测试',
        dueAt: new Date(t.clock.now().getTime() + 3 * DAY).toISOString(),
        place: '公司',
        actionPlan: '计划',
        controlMethod: '控制',
        evaluationMethod: '评价',
        source: 'written',
      },
    });
    expect(created.statusCode).toBe(200);
    const one = (await t.request('GET', '/api/todo/count', { cookie: rep })).json();
    expect(one).toMatchObject({ tasks: 1, deadlines: 0, unreadNotifications: 1, total: 1 });

    // ORG-4: past its deadline the task is overdue; it is still one thing to do, listed under tasks.
    t.clock.advance(4 * DAY);
    rep = await t.login('rep01');
    const overdue = (await t.request('GET', '/api/todo/count', { cookie: rep })).json();
    expect(overdue).toMatchObject({ tasks: 1, deadlines: 0, total: 1 });
    // The deadline engine tells the owner and the superior; overdue mail is on by default (outbox here).
    await executeJob(t.database.db, t.clock, deadlineJob, t.clock.now(), 'test');
    await executeJob(t.database.db, t.clock, mailJob, t.clock.now(), 'test');
    const notes = (await t.request('GET', '/api/notifications', { cookie: rep })).json();
    expect(notes.items.map((n: { event: string }) => n.event)).toContain('deadline.overdue');
    const outbox = (
      await t.request('GET', '/api/outbox?status=outbox&pageSize=100', { cookie: await t.login('admin') })
    ).json();
    expect(outbox.items.map((m: { toAddress: string }) => m.toAddress)).toEqual(
      expect.arrayContaining(['rep01@demo.xiaoguan.example', 'sup_east1@demo.xiaoguan.example']),
    );
    const list = (await t.request('GET', '/api/todo', { cookie: rep })).json();
    expect(list.tasks.items[0]).toMatchObject({ content: '待办测试', overdue: true });
    expect(list.tasks.items).toHaveLength(1);
    expect(list.deadlines).toEqual({ items: [], total: 0 });
    expect(list.approvals).toEqual({ items: [], total: 0 });

    // Done: off my list, onto the assigner's (to evaluate).
    await t.request('POST', `/api/tasks/${created.json().id}/done`, { cookie: rep, body: { note: '完成' } });
    expect((await t.request('GET', '/api/todo/count', { cookie: rep })).json()).toMatchObject({
      tasks: 0,
      deadlines: 0,
    });
    const sup = (await t.request('GET', '/api/todo/count', { cookie: await t.login('sup_east1') })).json();
    expect(sup.tasks).toBe(1);
  });

  it('pending approvals count on the badge and list under 待办; approving one drops the badge', async () => {
    await loadDemoRequests(t.database.db, t.clock);
    const sup = await t.login('sup_east1');
    const before = (await t.request('GET', '/api/todo/count', { cookie: sup })).json();
    expect(before.approvals).toBe(2);
    const list = (await t.request('GET', '/api/todo', { cookie: sup })).json();
    expect(list.approvals.total).toBe(2);
    const first = list.approvals.items[0];
    expect(first.docTypeLabel['zh-CN']).toBeTruthy();
    const approved = await t.request('POST', `/api/approvals/${first.requestId}/approve`, {
      cookie: sup,
      body: { comment: '同意' },
    });
    expect(approved.statusCode).toBe(200);
    const after = (await t.request('GET', '/api/todo/count', { cookie: sup })).json();
    expect(after.approvals).toBe(1);
    expect(after.total).toBe(before.total - 1);
  });
});
