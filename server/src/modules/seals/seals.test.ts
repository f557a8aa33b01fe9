import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { auditLog } from '../../platform/audit/tables.js';
import { notifications } from '../../platform/notifications/tables.js';

type Seal = { id: string; name: string; status: string; holder: { username: string } | null };

describe('seals: register, use requests, custody log, violations (Q2C-9)', async () => {
  const t = await createTestApp();
  const cookies = new Map<string, string>();
  const call = async (u: string, method: 'GET' | 'POST', url: string, body?: unknown) => {
    if (!cookies.has(u)) cookies.set(u, await t.login(u));
    return t.request(method, url, { cookie: cookies.get(u)!, ...(body !== undefined ? { body } : {}) });
  };
  const ok = async (u: string, method: 'GET' | 'POST', url: string, body?: unknown) => {
    const res = await call(u, method, url, body);
    expect(res.statusCode, `${method} ${url} as ${u}: ${res.body}`).toBe(200);
    return res.json();
  };
  const contractSeal = async (): Promise<Seal> =>
    (await ok('rep01', 'GET', '/api/seals')).items.find((s: Seal) => s.name === '经济合同章');

  it('Q2C-9: the demo register holds the contract seal kept by the assistant; only seal:manage registers seals', async () => {
    const seal = await contractSeal();
    expect(seal).toMatchObject({
      kind: 'contract',
      status: 'in_custody',
      custodian: { username: 'assistant_east' },
    });
    const created = await ok('assistant_east', 'POST', '/api/seals', {
      name: '财务专用章',
      kind: 'finance',
      custodianId: await t.userId('assistant_east'),
    });
    expect(created).toMatchObject({ name: '财务专用章', status: 'in_custody', holder: null });
    const byRep = await call('rep01', 'POST', '/api/seals', {
      name: 'x',
      kind: 'x',
      custodianId: await t.userId('rep01'),
    });
    expect(byRep.statusCode).toBe(403);
  });

  it('Q2C-9: with an approved request the seal leaves and comes back under it; no violation', async () => {
    const seal = await contractSeal();
    const req = await ok('rep01', 'POST', '/api/seal-requests', {
      sealId: seal.id,
      purpose: '盖章：年度采购合同',
    });
    expect(req).toMatchObject({ status: 'draft', canSubmit: true, requester: { username: 'rep01' } });
    const submitted = await ok('rep01', 'POST', `/api/seal-requests/${req.id}/submit`);
    expect(submitted.status).toBe('reviewing');
    const h = await ok('rep01', 'GET', `/api/approvals/history?docType=seal_request&docId=${req.id}`);
    expect(h.rounds[0].steps.map((s: { approver: { username: string } }) => s.approver.username)).toEqual([
      'sup_east1',
      'manager_east',
    ]);
    await ok('sup_east1', 'POST', `/api/approvals/${h.latestRequestId}/approve`, {});
    await ok('manager_east', 'POST', `/api/approvals/${h.latestRequestId}/approve`, {});
    expect((await ok('rep01', 'GET', `/api/seal-requests/${req.id}`)).status).toBe('approved');

    const out = await ok('assistant_east', 'POST', `/api/seals/${seal.id}/check-out`, {
      userId: await t.userId('rep01'),
      note: '带去客户处盖章',
    });
    expect(out.entry).toMatchObject({ action: 'check_out', violation: false, requestId: req.id });
    expect(out.seal).toMatchObject({ status: 'checked_out', holder: { username: 'rep01' } });
    expect((await ok('rep01', 'GET', `/api/seal-requests/${req.id}`)).status).toBe('checked_out');
    const twice = await call('assistant_east', 'POST', `/api/seals/${seal.id}/check-out`, {
      userId: await t.userId('rep02'),
    });
    expect(twice.json().error.code).toBe('SEAL_NOT_IN_CUSTODY');

    const back = await ok('assistant_east', 'POST', `/api/seals/${seal.id}/return`, {});
    expect(back.entry).toMatchObject({ action: 'return', user: { username: 'rep01' } });
    expect(back.seal.status).toBe('in_custody');
    expect((await ok('rep01', 'GET', `/api/seal-requests/${req.id}`)).status).toBe('returned');
    const again = await call('assistant_east', 'POST', `/api/seals/${seal.id}/return`, {});
    expect(again.json().error.code).toBe('SEAL_NOT_CHECKED_OUT');
    const log = await ok('assistant_east', 'GET', `/api/seals/${seal.id}/log`);
    expect(log.items.map((e: { action: string }) => e.action)).toEqual(['return', 'check_out']);
  });

  it('Q2C-9: taken without an approved request the check-out is still logged, as a violation, and the custodian’s superior is told', async () => {
    const seal = await contractSeal();
    const pending = await ok('rep02', 'POST', '/api/seal-requests', { sealId: seal.id, purpose: '急用' });
    await ok('rep02', 'POST', `/api/seal-requests/${pending.id}/submit`);
    const out = await ok('assistant_east', 'POST', `/api/seals/${seal.id}/check-out`, {
      userId: await t.userId('rep02'),
      requestId: pending.id,
    });
    expect(out.entry).toMatchObject({ action: 'check_out', violation: true, requestId: pending.id });
    expect(out.seal.status).toBe('checked_out');
    // The request is still under review: it did not authorise anything.
    expect((await ok('rep02', 'GET', `/api/seal-requests/${pending.id}`)).status).toBe('reviewing');
    const violations = await ok('assistant_east', 'GET', '/api/seal-violations');
    expect(violations.items[0]).toMatchObject({
      seal: { id: seal.id },
      user: { username: 'rep02' },
      harm: false,
      actor: { username: 'assistant_east' },
    });
    const managerId = await t.userId('manager_east');
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, managerId), eq(notifications.event, 'seal.violation')));
    expect(told).toHaveLength(1);
    await ok('assistant_east', 'POST', `/api/seals/${seal.id}/return`, { note: '已归还' });

    // No request at all: the same.
    const bare = await ok('assistant_east', 'POST', `/api/seals/${seal.id}/check-out`, {
      userId: await t.userId('rep03'),
    });
    expect(bare.entry).toMatchObject({ violation: true, requestId: null });
    expect((await ok('director', 'GET', '/api/seal-violations')).total).toBe(2);
    const back = await ok('assistant_east', 'POST', `/api/seals/${seal.id}/return`, {});
    expect(back.entry.user.username).toBe('rep03');
    const audited = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, seal.id));
    expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(['seal.checkOut', 'seal.return']));
    // Someone else's request is no cover.
    const mine = await ok('rep01', 'POST', '/api/seal-requests', { sealId: seal.id, purpose: '别人的' });
    const borrowed = await call('assistant_east', 'POST', `/api/seals/${seal.id}/check-out`, {
      userId: await t.userId('rep03'),
      requestId: mine.id,
    });
    expect(borrowed.statusCode).toBe(400);
    expect(Object.keys(borrowed.json().error.fields)).toEqual(['requestId']);
  });

  it('Q2C-9: a requester sees their own requests; seal:read sees all; reps cannot read the log or violations', async () => {
    const seal = await contractSeal();
    const r = await ok('rep04', 'POST', '/api/seal-requests', { sealId: seal.id, purpose: '私有' });
    const ids = async (u: string, q = '') =>
      (await ok(u, 'GET', `/api/seal-requests?pageSize=200${q}`)).items.map((i: { id: string }) => i.id);
    expect(await ids('rep04')).toContain(r.id);
    expect(await ids('rep05')).not.toContain(r.id);
    expect(await ids('rep05', '&whose=all')).not.toContain(r.id);
    expect((await call('rep05', 'GET', `/api/seal-requests/${r.id}`)).statusCode).toBe(404);
    expect(await ids('assistant_east', '&whose=all')).toContain(r.id);
    expect((await call('rep04', 'GET', `/api/seals/${seal.id}/log`)).statusCode).toBe(403);
    expect((await call('rep04', 'GET', '/api/seal-violations')).statusCode).toBe(403);
  });
});
