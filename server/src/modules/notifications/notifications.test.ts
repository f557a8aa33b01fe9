import { afterAll, describe, expect, it } from 'vitest';
import { startSmtpSink } from '../../../test/smtp-sink.js';
import { createTestApp } from '../../../test/test-app.js';
import { executeJob } from '../../platform/jobs/runner.js';
import { mailJob } from '../../platform/mail/job.js';
import { createSmtpMailer } from '../../platform/mail/mailer.js';
import { notify } from '../../platform/notifications/notify.js';

const DAY = 24 * 3_600_000;

async function taskBody(t: Awaited<ReturnType<typeof createTestApp>>, assignee: string, content: string) {
  return {
    assigneeId: await t.userId(assignee),
    content,
    dueAt: new Date(t.clock.now().getTime() + 2 * DAY).toISOString(),
    place: '公司',
    actionPlan: '按计划执行',
    controlMethod: '每日汇报',
    evaluationMethod: '按时完成',
    source: 'verbal',
  };
}

type Mail = { status: string; toAddress: string; subject: string; body: string };

describe('mail through a real SMTP server on loopback', async () => {
  const sink = await startSmtpSink();
  afterAll(() => sink.close());
  const t = await createTestApp({
    mailer: createSmtpMailer({
      host: '127.0.0.1',
      port: sink.port,
      secure: false,
      from: 'xiaoguan@test.example',
    }),
  });

  it('a task assignment mails the assignee after commit: recipient, subject and body arrive', async () => {
    const res = await t.request('POST', '/api/tasks', {
      cookie: await t.login('sup_east1'),
      body: await taskBody(t, 'rep01', '整理三月客户拜访计划'),
    });
    expect(res.statusCode).toBe(200);
    await t.mail.idle();
    expect(sink.received).toHaveLength(1);
    const mail = sink.received[0]!;
    expect(mail.from).toBe('xiaoguan@test.example');
    expect(mail.to).toEqual(['rep01@demo.xiaoguan.example']);
    expect(mail.subject).toMatch(/^\[销管\] .*给您下达了指令（口头）$/);
    expect(mail.text).toContain('整理三月客户拜访计划');
    expect(mail.text).toContain(`/tasks?id=${res.json().id}`);

    const outbox = await t.request('GET', '/api/outbox', { cookie: await t.login('admin') });
    const rows = outbox.json().items as Mail[];
    expect(rows[0]).toMatchObject({ status: 'sent', toAddress: 'rep01@demo.xiaoguan.example' });
  });

  it('an event switched off in the preferences does not mail; the in-app notice still arrives', async () => {
    const rep02 = await t.login('rep02');
    const put = await t.request('PUT', '/api/me/notification-prefs', {
      cookie: rep02,
      body: { items: [{ event: 'task.assigned', email: false }] },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().items.find((i: { event: string }) => i.event === 'task.assigned').email).toBe(false);
    const before = sink.received.length;
    await t.request('POST', '/api/tasks', {
      cookie: await t.login('sup_east1'),
      body: await taskBody(t, 'rep02', '不发邮件'),
    });
    await t.mail.idle();
    expect(sink.received.length).toBe(before);
    const notes = await t.request('GET', '/api/notifications?unread=true', { cookie: rep02 });
    expect(notes.json().items[0]).toMatchObject({ event: 'task.assigned' });
  });

  it('mail queued outside a request (a scheduled job’s notice) goes out with the mail job', async () => {
    const before = sink.received.length;
    const ctx = {
      db: t.database.db,
      clock: t.clock,
      actor: null,
      requestId: 'test',
      ip: null,
      userAgent: null,
      lang: 'zh-CN' as const,
    };
    const managerId = await t.userId('manager_east');
    await t.database.db.transaction((tx) =>
      notify(tx, ctx, {
        userId: managerId,
        event: 'deadline.overdue',
        title: { 'zh-CN': '下属事项已逾期', en: 'A subordinate’s item is overdue' },
        body: { 'zh-CN': '拜访报告逾期 1 天', en: 'Visit report 1 day overdue' },
      }),
    );
    expect(sink.received.length).toBe(before);
    const outcome = await executeJob(t.database.db, t.clock, mailJob, t.clock.now(), 'test');
    expect(outcome).toMatchObject({ result: 'ok', message: 'sent=1 failed=0 outbox=0' });
    const mail = sink.received.at(-1)!;
    expect(mail.to).toEqual(['manager_east@demo.xiaoguan.example']);
    expect(mail.subject).toBe('[销管] 下属事项已逾期');
    expect(mail.text).toContain('拜访报告逾期 1 天');
  });

  it('an unreachable SMTP server marks the message failed with the reason', async () => {
    const broken = await createTestApp({
      mailer: createSmtpMailer({ host: '127.0.0.1', port: 1, secure: false, from: 'x@test.example' }),
    });
    await broken.request('POST', '/api/tasks', {
      cookie: await broken.login('sup_east1'),
      body: await taskBody(broken, 'rep03', '发送失败'),
    });
    await broken.mail.idle();
    const outbox = await broken.request('GET', '/api/outbox?status=failed', {
      cookie: await broken.login('admin'),
    });
    expect(outbox.json().total).toBe(1);
    expect(outbox.json().items[0].error).toBeTruthy();
  });
});

describe('without SMTP, mail lands in the outbox; notifications and preferences', async () => {
  const t = await createTestApp();

  it('mail is kept in the outbox for administrators to read', async () => {
    await t.request('POST', '/api/tasks', {
      cookie: await t.login('sup_east1'),
      body: await taskBody(t, 'rep01', '没有邮件服务器'),
    });
    await t.mail.idle();
    const admin = await t.login('admin');
    const outbox = await t.request('GET', '/api/outbox?status=outbox', { cookie: admin });
    expect(outbox.statusCode).toBe(200);
    const mail = outbox.json().items[0] as Mail;
    expect(mail).toMatchObject({ status: 'outbox', toAddress: 'rep01@demo.xiaoguan.example' });
    expect(mail.subject).toContain('下达了指令');
    expect(mail.body).toContain('没有邮件服务器');
    const forbidden = await t.request('GET', '/api/outbox', { cookie: await t.login('gm') });
    expect(forbidden.statusCode).toBe(403);
  });

  it('preferences: defaults per event, saved per user, unknown events refused', async () => {
    const cookie = await t.login('rep05');
    const prefs = await t.request('GET', '/api/me/notification-prefs', { cookie });
    const byEvent = Object.fromEntries(
      prefs.json().items.map((i: { event: string; email: boolean }) => [i.event, i.email]),
    );
    expect(byEvent).toMatchObject({
      'approval.pending': true,
      'deadline.overdue': true,
      'task.done': false,
      'deadline.reminder': false,
    });
    expect(prefs.json().hasEmail).toBe(true);
    const set = await t.request('PUT', '/api/me/notification-prefs', {
      cookie,
      body: { items: [{ event: 'deadline.reminder', email: true }] },
    });
    expect(set.json().items.find((i: { event: string }) => i.event === 'deadline.reminder').email).toBe(true);
    const bad = await t.request('PUT', '/api/me/notification-prefs', {
      cookie,
      body: { items: [{ event: 'no.such', email: true }] },
      lang: 'en',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields['items.0.event']).toBe('No such notification event');
  });

  it('in-app notifications: mine only, unread filter and count, mark one and all read', async () => {
    const sup = await t.login('sup_east1');
    for (const c of ['一', '二']) {
      await t.request('POST', '/api/tasks', { cookie: sup, body: await taskBody(t, 'rep03', `通知${c}`) });
    }
    const rep03 = await t.login('rep03');
    const count = await t.request('GET', '/api/notifications/unread-count', { cookie: rep03 });
    expect(count.json().unread).toBe(2);
    const list = await t.request('GET', '/api/notifications?unread=true&pageSize=1', { cookie: rep03 });
    expect(list.json()).toMatchObject({ total: 2, unread: 2, pageSize: 1 });
    const first = list.json().items[0];
    const other = await t.request('POST', `/api/notifications/${first.id}/read`, { cookie: sup });
    expect(other.statusCode).toBe(404);
    const read = await t.request('POST', `/api/notifications/${first.id}/read`, { cookie: rep03 });
    expect(read.json().readAt).toBeTruthy();
    expect((await t.request('GET', '/api/notifications/unread-count', { cookie: rep03 })).json().unread).toBe(
      1,
    );
    const all = await t.request('POST', '/api/notifications/read-all', { cookie: rep03 });
    expect(all.json().marked).toBe(1);
    const en = await t.request('GET', '/api/notifications', { cookie: rep03, lang: 'en' });
    expect(en.json().items[0].title).toMatch(/gave you a task/);
    expect(en.json().unread).toBe(0);
  });
});
