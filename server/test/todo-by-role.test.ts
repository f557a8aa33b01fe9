import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client.js';
import { loadDemoCustomers } from '../src/demo/demo-customers.js';
import { loadDemoMoney } from '../src/demo/demo-money.js';
import { loadDemoOpportunities } from '../src/demo/demo-opportunities.js';
import { loadDemoRequests } from '../src/demo/demo-requests.js';
import { jobDefinition } from '../src/platform/jobs/registry.js';
import { executeJob } from '../src/platform/jobs/runner.js';
import { createTestApp } from './test-app.js';

interface Row {
  id: string;
  overdue: boolean;
  amountFen: string | null;
  subject: string | null;
  link: string | null;
  title: { 'zh-CN': string; en: string };
}
interface Section {
  key: string;
  total: number;
  items: Row[];
}

/**
 * 待办 per role on the demo company, as `npm start` loads it, after the daily jobs ran (the
 * overdue sweep, the escalation ladder, the pool sweep): each person's 待办 lists the work that
 * is theirs — read here from the records themselves — and nothing that is not.
 */
describe('待办 by role on the demo data', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const ids = async (query: ReturnType<typeof sql>) =>
    (await queryRows<{ id: string }>(db, query)).map((r) => String(r.id)).sort();
  const todoOf = async (username: string, overdue = false): Promise<Record<string, Section>> => {
    const res = await t.request('GET', `/api/todo?limit=100${overdue ? '&overdue=true' : ''}`, {
      cookie: await t.login(username),
    });
    expect(res.statusCode, res.body).toBe(200);
    return Object.fromEntries((res.json().sections as Section[]).map((s) => [s.key, s]));
  };
  const idsIn = (s: Section | undefined) => (s?.items ?? []).map((r) => r.id).sort();
  const nonEmpty = (todo: Record<string, Section>) =>
    Object.values(todo)
      .filter((s) => s.total > 0)
      .map((s) => s.key)
      .sort();
  /** Open overdue instalments the AR-8 ladder told this person about. */
  const escalatedTo = (username: string) =>
    ids(sql`select distinct d.subject_id as id from due_items d
      join notifications n on n.subject_type = 'instalment' and n.subject_id = d.subject_id
      join users u on u.id = n.user_id
      where u.username = ${username} and n.event in ('receivable.escalated', 'receivable.legalReview')
        and d.kind = 'receivable.overdue' and d.status = 'open'`);

  beforeAll(async () => {
    await loadDemoRequests(db, t.clock);
    await loadDemoCustomers(db, t.clock);
    await loadDemoOpportunities(db, t.clock);
    await loadDemoMoney(db, t.clock);
    for (const name of ['collection.daily', 'deadlines.escalate', 'customers.poolSweep']) {
      await executeJob(db, t.clock, jobDefinition(name)!, t.clock.now(), 'test');
    }
    // The whole demo company and three jobs: minutes on a loaded machine.
  }, 300_000);

  it('AR-4: finance’s 待办 lists every pending payment, with customer and amount, and the legal-review escalations (AR-8)', async () => {
    const todo = await todoOf('finance');
    const pending = await ids(sql`select id from payments where status = 'pending'`);
    expect(pending.length).toBeGreaterThan(0);
    expect(idsIn(todo['receivables.paymentsToConfirm'])).toEqual(pending);
    const first = todo['receivables.paymentsToConfirm']!.items[0]!;
    expect(first.subject).toBeTruthy();
    expect(BigInt(first.amountFen!)).toBeGreaterThan(0n);
    expect(first.link).toBe(`/payments?id=${first.id}`);
    expect(idsIn(todo['collection.overdueInstalments'])).toEqual(await escalatedTo('finance'));
    expect(nonEmpty(todo)).toEqual(['collection.overdueInstalments', 'receivables.paymentsToConfirm']);
  });

  it('AR-4: separation of duties — a payment finance recorded itself is not in its own 待办', async () => {
    const [mine] = await queryRows<{ id: string; recorder: string }>(
      db,
      sql`update payments p set created_by = (select id from users where username = 'finance')
        from (select id, created_by from payments where status = 'pending' order by number limit 1) before
        where p.id = before.id returning p.id, before.created_by as recorder`,
    );
    const todo = await todoOf('finance');
    expect(idsIn(todo['receivables.paymentsToConfirm'])).not.toContain(mine!.id);
    expect(idsIn(todo['receivables.paymentsToConfirm']).length).toBeGreaterThan(0);
    await queryRows(db, sql`update payments set created_by = ${mine!.recorder} where id = ${mine!.id}`);
  });

  it('AR-8: the director’s 待办 lists the overdue escalations addressed to them, overdue first', async () => {
    const todo = await todoOf('director');
    const told = await escalatedTo('director');
    expect(told.length).toBeGreaterThan(0);
    const section = todo['collection.overdueInstalments']!;
    expect(idsIn(section)).toEqual(told);
    expect(section.items.every((r) => r.overdue && r.link?.startsWith('/receivables?contractId='))).toBe(
      true,
    );
    expect(nonEmpty(todo)).toEqual(['collection.overdueInstalments']);
  });

  it('AR-8: the sales manager’s 待办 lists the instalments escalated to them, no others', async () => {
    const todo = await todoOf('manager_east');
    const told = await escalatedTo('manager_east');
    expect(told.length).toBeGreaterThan(0);
    expect(idsIn(todo['collection.overdueInstalments'])).toEqual(told);
  });

  it('AR-5/CUS-8: a rep’s 待办 lists their overdue instalments and the pool-return warnings, nobody else’s', async () => {
    const todo = await todoOf('rep01');
    const owned = await ids(sql`select d.subject_id as id from due_items d join users u on u.id = d.owner_id
      where u.username = 'rep01' and d.kind = 'receivable.overdue' and d.status = 'open'`);
    expect(owned.length).toBeGreaterThan(0);
    expect(idsIn(todo['collection.overdueInstalments'])).toEqual(owned);
    expect(todo['collection.overdueInstalments']!.items[0]!.title['zh-CN']).toMatch(/^催收逾期款：/);
    // The pool clock of each of rep01's customers, as the customer page shows it.
    const cookie = await t.login('rep01');
    const customers = await ids(sql`select c.id from customers c join users u on u.id = c.owner_id
      where u.username = 'rep01'`);
    const warned: string[] = [];
    for (const id of customers) {
      const status = (await t.request('GET', `/api/customers/${id}/pool-status`, { cookie })).json();
      if (status.warning) warned.push(id);
    }
    expect(warned.length).toBeGreaterThan(0);
    expect(idsIn(todo['customers.poolWarnings'])).toEqual(warned.sort());
    // Another rep's debts are theirs, not rep01's.
    const other = await todoOf('rep07');
    expect(idsIn(other['collection.overdueInstalments']).some((id) => owned.includes(id))).toBe(false);
    expect(idsIn(other['collection.overdueInstalments']).length).toBeGreaterThan(0);
  });

  it('ORG-3: the supervisor’s 待办 lists the approvals waiting for them with customer, amount and step', async () => {
    const todo = await todoOf('sup_east1');
    const waiting = await ids(sql`select s.id from approval_steps s
      join approval_requests r on r.id = s.request_id join users u on u.id = s.approver_id
      where u.username = 'sup_east1' and s.status = 'pending' and r.status = 'pending'`);
    expect(waiting.length).toBeGreaterThan(0);
    const approvals = todo['approvals.waiting']!;
    expect(idsIn(approvals)).toEqual(waiting);
    const quote = approvals.items.find((r) => r.title['zh-CN'].startsWith('审批报价单'))!;
    expect(quote).toMatchObject({ subject: expect.any(String), amountFen: expect.stringMatching(/^\d+$/) });
    expect((quote as unknown as { detail: { 'zh-CN': string } }).detail['zh-CN']).toMatch(/^第 \d \/ \d 步/);
    expect(nonEmpty(todo)).toEqual(['approvals.waiting']);
  });

  it('ORG-3: every approval waiting in the demo shows for whom (the customer, or the seal) beside its step', async () => {
    const pending = await queryRows<{ id: string; doc_type: string; username: string; submitter: string }>(
      db,
      sql`select s.id::text as id, r.doc_type, u.username, sub.display_name as submitter from approval_steps s
        join approval_requests r on r.id = s.request_id join users u on u.id = s.approver_id
        join users sub on sub.id = r.submitter_id
        where s.status = 'pending' and r.status = 'pending'`,
    );
    const docTypes = new Set(pending.map((p) => p.doc_type));
    expect([...docTypes].filter((d) => d !== 'general_request' && d !== 'quote').length).toBeGreaterThan(0);
    for (const username of new Set(pending.map((p) => p.username))) {
      const rows = (await todoOf(username))['approvals.waiting']?.items ?? [];
      for (const p of pending.filter((x) => x.username === username && x.doc_type !== 'general_request')) {
        const row = rows.find((r) => r.id === p.id);
        expect(row, `${p.doc_type} step ${p.id} in ${username}'s 待办`).toBeDefined();
        // Without facts the row would name the submitter; with them, the customer or the seal.
        expect(row!.subject, `${p.doc_type} step ${p.id}`).not.toBe(p.submitter);
      }
    }
  });

  it('ORG-5: the assistant’s 待办 holds nothing of other people’s (no approvals, payments or debts of theirs)', async () => {
    const todo = await todoOf('assistant_east');
    expect(nonEmpty(todo)).toEqual([]);
  });

  it('AR-5/AR-8: 逾期事项 is 待办 filtered to overdue rows — every section, nothing due later', async () => {
    const all = await todoOf('rep01');
    const late = await todoOf('rep01', true);
    const overdueAll = Object.values(all).flatMap((s) => s.items.filter((r) => r.overdue).map((r) => r.id));
    const lateRows = Object.values(late).flatMap((s) => s.items);
    expect(lateRows.every((r) => r.overdue)).toBe(true);
    expect(lateRows.map((r) => r.id).sort()).toEqual(overdueAll.sort());
    expect(late['collection.overdueInstalments']!.total).toBe(all['collection.overdueInstalments']!.total);
    expect(late['customers.poolWarnings']!.total).toBe(0);
  });

  it('the bell: every section’s count matches its list, and the badge is to-dos plus unread notices', async () => {
    for (const username of ['rep01', 'sup_east1', 'manager_east', 'director', 'finance', 'assistant_east']) {
      const cookie = await t.login(username);
      const count = (await t.request('GET', '/api/todo/count', { cookie })).json();
      const todo = await todoOf(username);
      for (const s of count.sections) expect(s.count, `${username} ${s.key}`).toBe(todo[s.key]!.total);
      const unread = (await t.request('GET', '/api/notifications/unread-count', { cookie })).json();
      expect(count.badge).toBe(count.total + count.unreadNotifications);
      expect(count.unreadNotifications).toBe(unread.unread);
    }
  });
});
