import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { auditLog } from '../../platform/audit/tables.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { notifications } from '../../platform/notifications/tables.js';
import { setPolicy } from '../../platform/policies/write.js';
import { sealHarmFineFen, sealUnapprovedFineFen, violations } from '../discipline/index.js';

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
  /** Q2C-9/PEN-2: the fine of a seal incident is the discipline module's violation (fine + harm fine). */
  const fineOf = async (sealViolationId: string) => {
    const [v] = await t.database.db
      .select()
      .from(violations)
      .where(and(eq(violations.source, 'seal'), eq(violations.sourceRef, sealViolationId)));
    return v ? String(v.fineFen + v.harmFineFen) : null;
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

  it('Q2C-9: without an approved request of the taker the custodian cannot check the seal out; a forced check-out is refused (409) and nothing is written', async () => {
    const seal = await contractSeal();
    const auditRows = async () =>
      (await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, seal.id))).length;
    const audited = await auditRows();
    const pending = await ok('rep02', 'POST', '/api/seal-requests', { sealId: seal.id, purpose: '急用' });
    await ok('rep02', 'POST', `/api/seal-requests/${pending.id}/submit`);
    const underReview = await call('assistant_east', 'POST', `/api/seals/${seal.id}/check-out`, {
      userId: await t.userId('rep02'),
      requestId: pending.id,
    });
    expect(underReview.statusCode).toBe(409);
    expect(underReview.json().error).toMatchObject({
      code: 'SEAL_USE_NOT_APPROVED',
      message: '未得到专管人和销售经理同意，印章不得带离：领用人须有已批准的用印申请',
    });
    // No request at all: the same, in the user's language.
    const bare = await call('assistant_east', 'POST', `/api/seals/${seal.id}/check-out`, {
      userId: await t.userId('rep03'),
    });
    expect(bare.statusCode).toBe(409);
    expect(bare.json().error.code).toBe('SEAL_USE_NOT_APPROVED');
    const inEnglish = await t.request('POST', `/api/seals/${seal.id}/check-out`, {
      cookie: cookies.get('assistant_east')!,
      body: { userId: await t.userId('rep03') },
      lang: 'en',
    });
    expect(inEnglish.json().error.message).toMatch(/approved use request/);
    // Another approved request does not cover rep03: approvals are per person.
    const mine = await ok('rep01', 'POST', '/api/seal-requests', { sealId: seal.id, purpose: '别人的' });
    const borrowed = await call('assistant_east', 'POST', `/api/seals/${seal.id}/check-out`, {
      userId: await t.userId('rep03'),
      requestId: mine.id,
    });
    expect(borrowed.statusCode).toBe(400);
    expect(Object.keys(borrowed.json().error.fields)).toEqual(['requestId']);

    expect((await contractSeal()).status).toBe('in_custody');
    expect((await ok('assistant_east', 'GET', `/api/seals/${seal.id}/log`)).items).toHaveLength(2);
    expect(await auditRows()).toBe(audited);
    expect((await ok('rep02', 'GET', `/api/seal-requests/${pending.id}`)).status).toBe('reviewing');
  });

  it('Q2C-9: a recorded incident becomes a violation with the fine from seal.unapprovedFineFen; recording harm adds seal.harmFineFen (同时罚款); both audited, the custodian’s superior told', async () => {
    const seal = await contractSeal();
    const rep02 = await t.userId('rep02');
    const v = await ok('assistant_east', 'POST', '/api/seal-violations', {
      sealId: seal.id,
      userId: rep02,
      description: '未经批准将经济合同章带离销售部办公室',
    });
    expect(v).toMatchObject({
      seal: { id: seal.id },
      user: { username: 'rep02' },
      harm: false,
      harmNote: null,
      actor: { username: 'assistant_east' },
    });
    expect(await fineOf(v.id)).toBe(String(sealUnapprovedFineFen.default));
    const managerId = await t.userId('manager_east');
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, managerId), eq(notifications.event, 'seal.violation')));
    expect(told).toHaveLength(1);

    const harmed = await ok('assistant_east', 'POST', `/api/seal-violations/${v.id}/harm`, {
      harmNote: '合同被擅自盖章，造成损失',
    });
    expect(harmed).toMatchObject({
      harm: true,
      harmNote: '合同被擅自盖章，造成损失',
    });
    expect(await fineOf(v.id)).toBe(String(sealUnapprovedFineFen.default + sealHarmFineFen.default));
    const twice = await call('assistant_east', 'POST', `/api/seal-violations/${v.id}/harm`, {
      harmNote: 'x',
    });
    expect(twice.json().error.code).toBe('SEAL_VIOLATION_HARM_RECORDED');
    const actions = (
      await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, v.id)).orderBy(auditLog.id)
    ).map((a) => a.action);
    expect(actions).toEqual(['seal.violation', 'seal.violationHarm']);
    expect(
      (await call('rep02', 'POST', `/api/seal-violations/${v.id}/harm`, { harmNote: 'x' })).statusCode,
    ).toBe(403);

    // The fine is the policy in force, not a figure in the code.
    const ctx: Ctx = {
      db: t.database.db,
      clock: t.clock,
      actor: null,
      requestId: 'test',
      ip: null,
      userAgent: null,
      lang: 'zh-CN',
    };
    await inTx(ctx, (tx) => setPolicy(tx, ctx, { id: sealUnapprovedFineFen.id, value: 8_000 }));
    try {
      const later = await ok('assistant_east', 'POST', '/api/seal-violations', {
        sealId: seal.id,
        userId: await t.userId('rep03'),
        description: '再次擅自带离',
      });
      expect(await fineOf(later.id)).toBe('8000');
      const withHarm = await ok('assistant_east', 'POST', '/api/seal-violations', {
        sealId: seal.id,
        userId: await t.userId('rep03'),
        description: '带离并造成后果',
        harmNote: '用于未审批合同',
      });
      expect(withHarm).toMatchObject({ harm: true });
      const list = await ok('director', 'GET', '/api/seal-violations');
      const fines = await Promise.all(
        list.items.map(async (i: { id: string }) => [i.id, await fineOf(i.id)]),
      );
      expect(fines.sort()).toEqual(
        [
          [withHarm.id, String(8_000 + sealHarmFineFen.default)],
          [later.id, '8000'],
          [v.id, String(sealUnapprovedFineFen.default + sealHarmFineFen.default)],
        ].sort(),
      );
    } finally {
      t.clock.advance(60_000);
      await inTx(ctx, (tx) =>
        setPolicy(tx, ctx, { id: sealUnapprovedFineFen.id, value: sealUnapprovedFineFen.default }),
      );
    }
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
