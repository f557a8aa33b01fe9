import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { loadDemoRequests } from '../../demo/demo-requests.js';
import { deadlineJob } from '../../platform/deadlines/job.js';
import { executeJob } from '../../platform/jobs/runner.js';
import { mailJob } from '../../platform/mail/job.js';

const DAY = 24 * 3_600_000;

describe('待办 (to-do) list and badge', async () => {
  const t = await createTestApp();
  /** Each section's count by key, the total, the unread notices and the bell's figure. */
  const counts = async (cookie: string) => {
    const c = (await t.request('GET', '/api/todo/count', { cookie })).json();
    return {
      ...Object.fromEntries(c.sections.map((s: { key: string; count: number }) => [s.key, s.count])),
      total: c.total,
      unread: c.unreadNotifications,
      badge: c.badge,
    } as Record<string, number>;
  };
  // biome-ignore lint/suspicious/noExplicitAny: a response body read loosely
  type TSection = { key: string; total: number; items: any[] };
  const section = (body: { sections: TSection[] }, key: string) => body.sections.find((s) => s.key === key)!;

  it('the count gathers open tasks once (their deadlines are not counted again), and unread notifications apart', async () => {
    let rep = await t.login('rep01');
    const empty = (await t.request('GET', '/api/todo/count', { cookie: rep })).json();
    expect(empty).toMatchObject({ total: 0, unreadNotifications: 0, badge: 0 });
    expect(empty.sections.every((s: { count: number }) => s.count === 0)).toBe(true);
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
    const one = await counts(rep);
    // The bell counts the to-do and the unread notice of it.
    expect(one).toMatchObject({ 'tasks.tasks': 1, 'deadlines.dueItems': 0, unread: 1, total: 1, badge: 2 });

    // ORG-4: past its deadline the task is overdue; it is still one thing to do, listed under tasks.
    t.clock.advance(4 * DAY);
    rep = await t.login('rep01');
    const overdue = await counts(rep);
    expect(overdue).toMatchObject({ 'tasks.tasks': 1, 'deadlines.dueItems': 0, total: 1 });
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
    const tasks = section(list, 'tasks.tasks');
    expect(tasks.items[0]).toMatchObject({
      title: { 'zh-CN': '完成指令：待办测试' },
      subject: '马超',
      overdue: true,
      link: `/tasks?id=${created.json().id}`,
    });
    expect(tasks.items).toHaveLength(1);
    expect(section(list, 'deadlines.dueItems')).toMatchObject({ items: [], total: 0 });
    expect(section(list, 'approvals.waiting')).toMatchObject({ items: [], total: 0 });
    // 逾期事项: the overdue filter keeps the task and nothing else.
    const late = (await t.request('GET', '/api/todo?overdue=true', { cookie: rep })).json();
    expect(late.sections.flatMap((s: TSection) => s.items).map((r: { id: string }) => r.id)).toEqual([
      created.json().id,
    ]);

    // Done: off my list, onto the assigner's (to evaluate).
    await t.request('POST', `/api/tasks/${created.json().id}/done`, { cookie: rep, body: { note: '完成' } });
    expect(await counts(rep)).toMatchObject({ 'tasks.tasks': 0, 'deadlines.dueItems': 0 });
    expect((await counts(await t.login('sup_east1')))['tasks.tasks']).toBe(1);
  });

  it('bad input: the overdue filter and the limit are refused on their field', async () => {
    const cookie = await t.login('rep01');
    for (const [query, field] of [
      ['overdue=maybe', 'overdue'],
      ['limit=0', 'limit'],
    ] as const) {
      const res = await t.request('GET', `/api/todo?${query}`, { cookie });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: { [field]: expect.any(String) },
      });
    }
  });

  it('pending approvals count on the badge and list under 待办; approving one drops the badge', async () => {
    await loadDemoRequests(t.database.db, t.clock);
    const sup = await t.login('sup_east1');
    const before = await counts(sup);
    expect(before['approvals.waiting']).toBe(2);
    const list = (await t.request('GET', '/api/todo', { cookie: sup })).json();
    const approvals = section(list, 'approvals.waiting');
    expect(approvals.total).toBe(2);
    const first = approvals.items[0];
    // ORG-3: the row says what, for whom, how much and which step, and approves in place.
    expect(first.title['zh-CN']).toMatch(/^审批/);
    expect(first.detail['zh-CN']).toMatch(/^第 1 \/ \d 步 · 申请人 /);
    expect(first.action).toMatchObject({ kind: 'approve', ids: { requestId: expect.any(String) } });
    const approved = await t.request('POST', `/api/approvals/${first.action.ids.requestId}/approve`, {
      cookie: sup,
      body: { comment: '同意' },
    });
    expect(approved.statusCode).toBe(200);
    const after = await counts(sup);
    expect(after['approvals.waiting']).toBe(1);
    expect(after.total).toBe(before.total! - 1);
  });
});
