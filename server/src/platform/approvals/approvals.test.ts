import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { loadModules, modules } from '../../modules/index.js';
import { loadActor } from '../access/actor.js';
import type { Ctx } from '../context.js';
import { defineModule } from '../modules/define-module.js';
import { notifications } from '../notifications/tables.js';
import { defineApprovalFlow } from './flows.js';
import { countPendingApprovalsFor, listPendingApprovalsFor } from './queries.js';
import { submitForApproval } from './transitions.js';
import { assertNotPendingApproval } from './visibility.js';

interface Step {
  seq: number;
  approver: { username: string };
  status: string;
  escalatedReason: string | null;
  rule: { kind: string; role?: string; when?: { amountAbove: { policyId: string; thresholdFen: string } } };
}
interface History {
  status: string;
  locked: boolean;
  latestRequestId: string;
  currentApprover: { username: string } | null;
  actions: Record<string, boolean>;
  rounds: { round: number; status: string; steps: Step[] }[];
}

describe('approval engine (ORG-3) through the general request', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const cookies = new Map<string, string>();
  const as = async (u: string) => {
    if (!cookies.has(u)) cookies.set(u, await t.login(u));
    return cookies.get(u)!;
  };
  const call = async (u: string, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, body?: unknown) =>
    t.request(method, url, { cookie: await as(u), ...(body !== undefined ? { body } : {}) });

  async function createRequest(u: string, amountFen: string | null, title = 'Trade show booth') {
    const res = await call(u, 'POST', '/api/requests', { title, content: 'Details', amountFen });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().id as string;
  }
  async function submit(u: string, docId: string) {
    const res = await call(u, 'POST', '/api/approvals/submit', { docType: 'general_request', docId });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as History;
  }
  async function history(u: string, docId: string) {
    return call(u, 'GET', `/api/approvals/history?docType=general_request&docId=${docId}`);
  }
  const approvers = (h: History, round = 0) => h.rounds[round]!.steps.map((s) => s.approver.username);
  async function decide(u: string, h: History, action: 'approve' | 'reject', comment?: string) {
    return call(u, 'POST', `/api/approvals/${h.latestRequestId}/${action}`, comment ? { comment } : {});
  }
  async function noticesOf(u: string, event: string) {
    const userId = await t.userId(u);
    return db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, userId), eq(notifications.event, event)));
  }

  it('ORG-3: above the director threshold a request goes sup_east1 → manager_east → director, each notified in turn', async () => {
    const id = await createRequest('rep01', '6000000');
    const h = await submit('rep01', id);
    expect(approvers(h)).toEqual(['sup_east1', 'manager_east', 'director']);
    expect(h.rounds[0]!.steps[2]!.rule.when?.amountAbove).toEqual({
      policyId: 'requests.directorThresholdFen',
      thresholdFen: '5000000',
    });
    expect(h.rounds[0]!.steps.map((s) => s.status)).toEqual(['pending', 'waiting', 'waiting']);
    expect((await noticesOf('sup_east1', 'approval.pending')).some((n) => n.subjectId === id)).toBe(true);
    expect((await call('rep01', 'GET', `/api/requests/${id}`)).json().status).toBe('pending');

    const supId = await t.userId('sup_east1');
    expect(await countPendingApprovalsFor(db, supId)).toBe(1);
    const page = await listPendingApprovalsFor(db, supId, { page: 1, pageSize: 20 });
    expect(page.items[0]).toMatchObject({
      docId: id,
      seq: 1,
      stepCount: 3,
      submitter: { username: 'rep01' },
    });

    expect((await decide('sup_east1', h, 'approve', 'OK')).statusCode).toBe(200);
    expect(await countPendingApprovalsFor(db, supId)).toBe(0);
    expect((await noticesOf('manager_east', 'approval.pending')).some((n) => n.subjectId === id)).toBe(true);
    expect((await decide('manager_east', h, 'approve')).statusCode).toBe(200);
    expect((await noticesOf('director', 'approval.pending')).some((n) => n.subjectId === id)).toBe(true);
    const last = await decide('director', h, 'approve', 'Go ahead');
    expect(last.statusCode).toBe(200);
    expect(last.json()).toMatchObject({ status: 'approved', locked: false, currentApprover: null });
    expect((await call('rep01', 'GET', `/api/requests/${id}`)).json().status).toBe('approved');
    expect((await noticesOf('rep01', 'approval.approved')).some((n) => n.subjectId === id)).toBe(true);

    const done = await call('sup_east1', 'GET', '/api/approvals/done');
    expect(
      done.json().items.some((i: { docId: string; comment: string }) => i.docId === id && i.comment === 'OK'),
    ).toBe(true);
    // Every transition audited: submit + three approvals.
    const audits = await queryRows<{ action: string }>(
      db,
      sql`select action from audit_log where entity = 'approval_request' and entity_id = ${h.latestRequestId} order by id`,
    );
    expect(audits.map((a) => a.action)).toEqual([
      'approval.submit',
      'approval.approve',
      'approval.approve',
      'approval.approve',
    ]);
  });

  it('ORG-3: the chain grows with the amount — below the director threshold two steps, above the GM threshold four', async () => {
    expect(approvers(await submit('rep02', await createRequest('rep02', '100')))).toEqual([
      'sup_east1',
      'manager_east',
    ]);
    expect(approvers(await submit('rep02', await createRequest('rep02', null)))).toEqual([
      'sup_east1',
      'manager_east',
    ]);
    expect(approvers(await submit('rep02', await createRequest('rep02', '30000000')))).toEqual([
      'sup_east1',
      'manager_east',
      'director',
      'gm',
    ]);
  });

  it('ORG-3: changing a threshold changes the chain for new submissions only', async () => {
    const before = await createRequest('rep03', '3000000');
    const h1 = await submit('rep03', before);
    expect(approvers(h1)).toEqual(['sup_east1', 'manager_east']);

    t.clock.advance(60_000);
    const set = await call('admin', 'PUT', '/api/policies/requests.directorThresholdFen', {
      value: 1_000_000,
    });
    expect(set.statusCode, set.body).toBe(200);
    t.clock.advance(60_000);

    const after = await createRequest('rep03', '3000000');
    const h2 = await submit('rep03', after);
    expect(approvers(h2)).toEqual(['sup_east1', 'manager_east', 'director']);
    expect(h2.rounds[0]!.steps[2]!.rule.when?.amountAbove.thresholdFen).toBe('1000000');
    // The earlier submission keeps the chain resolved when it was submitted.
    expect(approvers((await history('rep03', before)).json())).toEqual(['sup_east1', 'manager_east']);
    t.clock.advance(60_000);
    await call('admin', 'PUT', '/api/policies/requests.directorThresholdFen', { value: 5_000_000 });
    t.clock.advance(60_000);
  });

  it('ORG-3: a pending record cannot be edited (423); it unlocks when withdrawn', async () => {
    const id = await createRequest('rep04', '100');
    const h = await submit('rep04', id);
    expect(h.locked).toBe(true);
    const edit = await call('rep04', 'PATCH', `/api/requests/${id}`, { title: 'Changed' });
    expect(edit.statusCode).toBe(423);
    expect(edit.json().error.code).toBe('RECORD_LOCKED_PENDING_APPROVAL');
    await expect(assertNotPendingApproval(db, 'general_request', id)).rejects.toMatchObject({
      code: 'RECORD_LOCKED_PENDING_APPROVAL',
    });
    expect((await call('rep04', 'GET', `/api/requests/${id}`)).json().canEdit).toBe(false);
    // Submitting twice is refused.
    const again = await call('rep04', 'POST', '/api/approvals/submit', {
      docType: 'general_request',
      docId: id,
    });
    expect(again.json().error.code).toBe('APPROVAL_ALREADY_PENDING');

    // Only the submitter withdraws.
    const other = await call('sup_east2', 'POST', `/api/approvals/${h.latestRequestId}/withdraw`);
    expect(other.json().error.code).toBe('APPROVAL_NOT_SUBMITTER');
    const w = await call('rep04', 'POST', `/api/approvals/${h.latestRequestId}/withdraw`);
    expect(w.statusCode).toBe(200);
    expect(w.json()).toMatchObject({ status: 'withdrawn', locked: false, actions: { resubmit: true } });
    expect(await countPendingApprovalsFor(db, await t.userId('sup_east2'))).toBe(0);
    expect(
      (await call('rep04', 'POST', `/api/approvals/${h.latestRequestId}/withdraw`)).json().error.code,
    ).toBe('APPROVAL_NOT_PENDING');
    const ok = await call('rep04', 'PATCH', `/api/requests/${id}`, { title: 'Changed' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ title: 'Changed', status: 'withdrawn', canEdit: true });
  });

  it('ORG-3: nobody approves their own submission; only the current approver decides', async () => {
    const id = await createRequest('sup_east1', '100');
    const h = await submit('sup_east1', id);
    // sup_east1's superior is also the nearest sales manager: one step, merged (documented in resolve.ts).
    expect(approvers(h)).toEqual(['manager_east']);
    expect(h.rounds[0]!.steps[0]!.rule).toMatchObject({
      kind: 'superior',
      merged: [{ kind: 'nearestRole', role: 'sales_manager' }],
    });
    expect(h.actions).toMatchObject({ approve: false, reject: false, withdraw: true });
    const self = await decide('sup_east1', h, 'approve');
    expect(self.statusCode).toBe(403);
    expect(self.json().error.code).toBe('APPROVAL_SELF_APPROVAL');
    const notMine = await decide('rm_east', h, 'approve');
    expect(notMine.statusCode).toBe(403);
    expect(notMine.json().error.code).toBe('APPROVAL_NOT_CURRENT_APPROVER');
    const outsider = await decide('sup_east2', h, 'approve');
    expect(outsider.statusCode).toBe(404);
  });

  it('ORG-3: after a rejection with a reason the record is edited and resubmitted as a new round', async () => {
    const id = await createRequest('rep05', '100');
    const h = await submit('rep05', id);
    const noReason = await call('sup_east2', 'POST', `/api/approvals/${h.latestRequestId}/reject`, {
      comment: '',
    });
    expect(noReason.statusCode).toBe(400);
    const r = await decide('sup_east2', h, 'reject', 'Amount missing the booth fee');
    expect(r.statusCode).toBe(200);
    expect(r.json().rounds[0].steps.map((s: Step) => s.status)).toEqual(['rejected', 'cancelled']);
    const [notice] = (await noticesOf('rep05', 'approval.rejected')).filter((n) => n.subjectId === id);
    expect(notice?.bodyEn).toContain('booth fee');
    expect((await decide('manager_east', h, 'approve')).json().error.code).toBe('APPROVAL_NOT_PENDING');

    expect((await call('rep05', 'PATCH', `/api/requests/${id}`, { amountFen: '7000000' })).statusCode).toBe(
      200,
    );
    const again = await call('rep05', 'POST', `/api/approvals/${h.latestRequestId}/resubmit`);
    expect(again.statusCode, again.body).toBe(200);
    const h2 = again.json() as History;
    expect(h2.rounds.map((x) => [x.round, x.status])).toEqual([
      [2, 'pending'],
      [1, 'rejected'],
    ]);
    // Steps re-resolved for the new amount.
    expect(approvers(h2)).toEqual(['sup_east2', 'manager_east', 'director']);
    const stale = await call('rep05', 'POST', `/api/approvals/${h.latestRequestId}/resubmit`);
    expect(stale.json().error.code).toBe('APPROVAL_NOT_RESUBMITTABLE');
    const mine = await call('rep05', 'GET', '/api/approvals/submissions');
    const rows = mine.json().items.filter((i: { docId: string }) => i.docId === id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      round: 2,
      status: 'pending',
      currentApprover: { username: 'sup_east2' },
    });
  });

  it('ORG-3: the history is visible to the submitter, approvers and the chain above them; others get 404', async () => {
    const id = await createRequest('rep06', '6000000');
    await submit('rep06', id);
    for (const u of ['rep06', 'sup_east2', 'manager_east', 'rm_east', 'director', 'gm']) {
      expect((await history(u, id)).statusCode, u).toBe(200);
    }
    for (const u of ['sup_east1', 'rep01', 'manager_south', 'finance', 'admin']) {
      const res = await history(u, id);
      expect(res.statusCode, u).toBe(404);
      expect((await call(u, 'GET', `/api/requests/${id}`)).statusCode, u).toBe(404);
    }
    const view = (await history('rm_east', id)).json() as History;
    expect(view.actions).toMatchObject({ approve: false, reject: false, withdraw: false, resubmit: false });
    expect((await history('sup_east2', id)).json().actions).toMatchObject({ approve: true, reject: true });
    const unknown = await call('rep06', 'GET', '/api/approvals/history?docType=nope&docId=x');
    expect(unknown.statusCode).toBe(404);
  });

  it('ORG-3: a step with no holder up the chain escalates to the next level up and says why', async () => {
    const [mgr] = await queryRows<{ id: string }>(
      db,
      sql`select id from users where username = 'manager_east'`,
    );
    const [role] = await queryRows<{ id: string }>(
      db,
      sql`select id from roles where code = 'sales_manager'`,
    );
    await db.execute(sql`delete from user_roles where user_id = ${mgr!.id} and role_id = ${role!.id}`);
    try {
      const id = await createRequest('rep01', '100');
      const h = await submit('rep01', id);
      // No sales manager above rep01 now: the step goes to the next level above sup_east1.
      expect(approvers(h)).toEqual(['sup_east1', 'manager_east']);
      expect(h.rounds[0]!.steps[1]).toMatchObject({
        escalatedReason: 'no_role_holder_up_chain',
        rule: { kind: 'nearestRole', role: 'sales_manager' },
      });
    } finally {
      await db.execute(sql`insert into user_roles (user_id, role_id) values (${mgr!.id}, ${role!.id})`);
    }
  });

  it('ORG-3: with nobody left above, the submission is refused instead of passing silently', async () => {
    const id = await createRequest('gm', '100');
    const res = await call('gm', 'POST', '/api/approvals/submit', { docType: 'general_request', docId: id });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('APPROVAL_NO_APPROVER');
    expect((await call('gm', 'GET', `/api/requests/${id}`)).json().status).toBe('draft');
  });

  it('ORG-3: only the owner submits a document', async () => {
    const id = await createRequest('rep01', '100');
    const res = await call('sup_east1', 'POST', '/api/approvals/submit', {
      docType: 'general_request',
      docId: id,
    });
    expect(res.json().error.code).toBe('APPROVAL_NOT_SUBMITTER');
  });

  it('ORG-3: a fixed role never names the submitter — the only holder escalates to their superior', async () => {
    const owners = new Map<string, string>();
    const flow = defineApprovalFlow({
      docType: 'test_finance_check',
      label: { 'zh-CN': '测试', en: 'Test' },
      steps: [{ kind: 'role', role: 'finance' }],
      async describe(conn, docId) {
        const ownerId = owners.get(docId);
        return ownerId
          ? { title: 'T', amountFen: null, unitId: (await loadActor(conn, ownerId))!.unitId, ownerId }
          : null;
      },
    });
    loadModules([...modules, defineModule({ name: 'test-finance-check', flows: [flow] })]);
    const financeId = await t.userId('finance');
    owners.set('doc-1', financeId);
    const ctx: Ctx = {
      db,
      clock: t.clock,
      actor: await loadActor(db, financeId),
      requestId: 'test',
      ip: null,
      userAgent: null,
      lang: 'zh-CN',
    };
    const request = await db.transaction((tx) =>
      submitForApproval(tx, ctx, { docType: 'test_finance_check', docId: 'doc-1' }),
    );
    const steps = await queryRows<{ approver: string; escalated_reason: string }>(
      db,
      sql`select u.username as approver, s.escalated_reason from approval_steps s join users u on u.id = s.approver_id
        where s.request_id = ${request.id}`,
    );
    expect(steps).toEqual([{ approver: 'gm', escalated_reason: 'only_holder_is_submitter' }]);
  });
});
