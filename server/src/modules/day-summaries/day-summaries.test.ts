import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { sessions } from '../../../test/sessions.js';
import { startSmtpSink } from '../../../test/smtp-sink.js';
import { createTestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { deadlineJob } from '../../platform/deadlines/job.js';
import { executeJob } from '../../platform/jobs/runner.js';
import { createSmtpMailer } from '../../platform/mail/mailer.js';
import type { TTodo } from '../todo/index.js';
import type { TDaySummary } from './schemas.js';
import { summaryKit } from './test-kit.js';

// Tuesday 3 March 2026, company time Asia/Shanghai (UTC+8).
const DAY = '2026-03-03';
const at = (hhmm: string) => new Date(`${DAY}T${hhmm}:00+08:00`);

describe('OPS-3: the end-of-day summary', async () => {
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
  const s = sessions(t);
  const kit = summaryKit(t);
  const db = t.database.db;

  t.clock.set(at('10:00'));
  const eastOrder = await kit.order('rep01', at('10:00'));
  const southOrder = await kit.order('rep07', at('11:00'));
  const yesterdayOrder = await kit.order('rep02', new Date('2026-03-02T10:00:00+08:00'));
  await kit.workLog('rep01', DAY, { done: '拜访三家客户', opinions: '客户嫌交期太长', problems: '样品不足' });
  await kit.workLog('rep07', DAY, { done: '华南拜访', opinions: '华南客户意见' });
  await kit.workLog('rep03', DAY, { done: '草稿未交', opinions: '不应出现' }, true);

  const summaryOf = async (unitCode: string) => {
    const [row] = await queryRows<{ id: string }>(
      db,
      sql`select s.id from day_summaries s join units u on u.id = s.unit_id where u.code = ${unitCode} and s.day = ${DAY}`,
    );
    return row?.id;
  };

  it('OPS-3: at 17:30 on the business clock the summary is assembled, not before, and once', async () => {
    t.clock.set(at('17:29'));
    expect((await kit.assemble()).message).toBe('assembled=0');
    expect(await summaryOf('EAST-SALES')).toBeUndefined();
    t.clock.set(at('17:30'));
    expect((await kit.assemble()).message).toBe('assembled=2');
    expect((await kit.assemble()).message).toBe('assembled=0');
    expect(await summaryOf('EAST-SALES')).toBeDefined();
    expect(await summaryOf('SOUTH-SALES')).toBeDefined();
  });

  it("OPS-3: the summary holds the day's orders and the submitted logs' opinions of that unit only", async () => {
    const mine = await s.ok<{ items: TDaySummary[] }>('assistant_east', 'GET', '/api/day-summaries/mine');
    expect(mine.items).toHaveLength(1);
    const summary = mine.items[0]!;
    expect(summary.day).toBe(DAY);
    expect(summary.canSend).toBe(true);
    expect(summary.orders.map((o) => o.number)).toEqual([eastOrder]);
    expect(summary.orders.map((o) => o.number)).not.toContain(southOrder);
    expect(summary.orders.map((o) => o.number)).not.toContain(yesterdayOrder);
    const rep01 = summary.logs.find((l) => l.name === '赵磊')!;
    expect(rep01).toMatchObject({ missing: false, customerOpinions: '客户嫌交期太长', problems: '样品不足' });
    const rep03 = summary.logs.find((l) => l.name === '孙浩')!;
    expect(rep03).toMatchObject({ missing: true, customerOpinions: '' });
    expect(summary.logs.some((l) => l.customerOpinions === '华南客户意见')).toBe(false);
    expect(summary.logs.some((l) => l.name === '郑伟')).toBe(false);
  });

  it("OPS-3: the assistant's 待办 holds the summary to send, by the send-by time", async () => {
    const todo = await s.ok<TTodo>('assistant_east', 'GET', '/api/todo');
    const section = todo.sections.find((x) => x.key === 'day_summaries.toSend')!;
    expect(section.items).toHaveLength(1);
    expect(section.items[0]!.dueAt).toBe(at('19:00').toISOString());
  });

  it('OPS-3: sending delivers one mail to the GM and one to the sales manager, with the remarks', async () => {
    const id = (await summaryOf('EAST-SALES'))!;
    t.clock.set(at('18:10'));
    expect((await s.call('rep01', 'POST', `/api/day-summaries/${id}/send`, {})).statusCode).toBe(403);
    expect((await s.call('assistant_south', 'POST', `/api/day-summaries/${id}/send`, {})).statusCode).toBe(
      404,
    );
    await s.ok('assistant_east', 'POST', `/api/day-summaries/${id}/remarks`, { remarks: '今日订单正常' });
    const before = sink.received.length;
    const sent = await s.ok<TDaySummary>('assistant_east', 'POST', `/api/day-summaries/${id}/send`, {});
    expect(sent.status).toBe('sent');
    expect(sent.recipients.map((r) => r.username).sort()).toEqual(['gm', 'manager_east']);
    await t.mail.idle();
    const mails = sink.received.slice(before);
    expect(mails.map((m) => m.to[0]).sort()).toEqual([
      'gm@demo.xiaoguan.example',
      'manager_east@demo.xiaoguan.example',
    ]);
    expect(mails[0]!.subject).toContain('日终汇总');
    expect(mails[0]!.text).toContain('今日订单正常');
    expect(mails[0]!.text).toContain(eastOrder);
    expect(mails[0]!.text).toContain('客户嫌交期太长');
    expect((await s.call('assistant_east', 'POST', `/api/day-summaries/${id}/send`, {})).statusCode).toBe(
      409,
    );
    const audits = await queryRows<{ action: string }>(
      db,
      sql`select action from audit_log where entity_id = ${id} order by id`,
    );
    expect(audits.map((a) => a.action)).toEqual([
      'daySummary.assemble',
      'daySummary.remarks',
      'daySummary.send',
    ]);
  });

  it('OPS-3: the GM and the manager read it; a manager of another unit does not (404)', async () => {
    const id = (await summaryOf('EAST-SALES'))!;
    expect((await s.ok<TDaySummary>('gm', 'GET', `/api/day-summaries/${id}`)).remarks).toBe('今日订单正常');
    expect((await s.call('manager_east', 'GET', `/api/day-summaries/${id}`)).statusCode).toBe(200);
    expect((await s.call('manager_south', 'GET', `/api/day-summaries/${id}`)).statusCode).toBe(404);
    const page = await s.ok<{ items: { id: string }[] }>(
      'manager_south',
      'GET',
      `/api/day-summaries?from=${DAY}`,
    );
    expect(page.items.map((i) => i.id)).not.toContain(id);
  });

  it("OPS-3: unsent by 19:00, the assistant's superior is notified", async () => {
    const id = (await summaryOf('SOUTH-SALES'))!;
    t.clock.set(at('19:01'));
    await executeJob(db, t.clock, deadlineJob, t.clock.now(), 'test');
    const told = await queryRows<{ username: string }>(
      db,
      sql`select u.username from notifications n join users u on u.id = n.user_id
        where n.subject_id in (select d.id::text from due_items d where d.subject_id = ${id})
          or (n.subject_type = 'day_summary' and n.subject_id = ${id})`,
    );
    expect(told.map((r) => r.username)).toContain('manager_south');
    const eastId = (await summaryOf('EAST-SALES'))!;
    const eastTold = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from notifications n join due_items d on d.id::text = n.subject_id
        where d.subject_id = ${eastId}`,
    );
    expect(eastTold[0]!.n).toBe(0);
  });
});
