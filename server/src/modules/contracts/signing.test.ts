import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { loadActor } from '../../platform/access/actor.js';
import { auditLog } from '../../platform/audit/tables.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { setPolicy } from '../../platform/policies/write.js';
import { collectionDays, creditNotes, customerDebt, instalments } from '../receivables/index.js';
import { contractKit } from './contract-test-kit.js';

const DAY = 86_400_000;

describe('signed contracts: payment plan, immutability, supplements (AR-1, Q2C-7, Q2C-8)', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const { call, ok, customer, uploadScan, sign, approveAll, approvers } = contractKit(t);
  const planOf = (contractId: string) =>
    db
      .select({ dueDate: instalments.dueDate, amountFen: instalments.amountFen, origin: instalments.origin })
      .from(instalments)
      .where(eq(instalments.contractId, contractId))
      .orderBy(instalments.seq);

  it('AR-1: a contract signed on day D has its instalment due D+30; after the policy changes to 45 new contracts get D+45 and existing ones keep D+30', async () => {
    const cust = await customer('rep01', '回款期客户');
    const first = await sign(
      'rep01',
      { kind: 'main', customerId: cust, title: '第一份', amountFen: '300000' },
      '2026-03-02',
    );
    expect(await planOf(first.id)).toEqual([
      { dueDate: '2026-04-01', amountFen: 300000n, origin: 'signing' },
    ]);

    t.clock.advance(DAY);
    const admin = await loadActor(db, await t.userId('admin'));
    const ctx: Ctx = {
      db,
      clock: t.clock,
      actor: admin,
      requestId: 'test',
      ip: null,
      userAgent: null,
      lang: 'zh-CN',
    };
    await inTx(ctx, (tx) => setPolicy(tx, ctx, { id: collectionDays.id, value: 45 }));
    t.clock.advance(60_000);

    const second = await sign(
      'rep01',
      { kind: 'main', customerId: cust, title: '第二份', amountFen: '200000' },
      '2026-03-02',
    );
    expect(await planOf(second.id)).toEqual([
      { dueDate: '2026-04-16', amountFen: 200000n, origin: 'signing' },
    ]);
    expect(await planOf(first.id)).toEqual([
      { dueDate: '2026-04-01', amountFen: 300000n, origin: 'signing' },
    ]);
    // A letter of intent has no plan.
    const intent = await sign(
      'rep01',
      { kind: 'intent', customerId: cust, title: '意向', amountFen: '100' },
      '2026-03-02',
    );
    expect(await planOf(intent.id)).toEqual([]);
    t.clock.advance(60_000);
    await inTx(ctx, (tx) => setPolicy(tx, ctx, { id: collectionDays.id, value: 30 }));
  });

  it('AR-1: an agreed split becomes the plan as entered', async () => {
    const cust = await customer('rep01', '分期客户');
    const c = await sign(
      'rep01',
      { kind: 'main', customerId: cust, title: '分期', amountFen: '1000' },
      '2026-03-01',
      {
        instalments: [
          { dueDate: '2026-05-01', amountFen: '700' },
          { dueDate: '2026-04-01', amountFen: '300' },
        ],
      },
    );
    expect(await planOf(c.id)).toEqual([
      { dueDate: '2026-04-01', amountFen: 300n, origin: 'signing' },
      { dueDate: '2026-05-01', amountFen: 700n, origin: 'signing' },
    ]);
  });

  it('AR-1: a split with an instalment beyond the collection period is not signed until the manager and finance approve; rejected, it is entered again', async () => {
    const cust = await customer('rep01', '超期分期客户');
    const toEntry = async (title: string) => {
      const c = await ok('rep01', 'POST', '/api/contracts', {
        kind: 'main',
        customerId: cust,
        title,
        amountFen: '1000',
      });
      await ok('rep01', 'POST', `/api/contracts/${c.id}/submit`);
      await approveAll('rep01', c.id);
      expect((await uploadScan('assistant_east', c.id)).statusCode).toBe(200);
      return c.id as string;
    };
    const longSplit = {
      signedOn: '2026-03-01',
      instalments: [
        { dueDate: '2026-03-31', amountFen: '600' },
        { dueDate: '2026-04-01', amountFen: '400' }, // one day beyond signing + 30 days
      ],
    };
    const historyOf = async (id: string) =>
      ok('assistant_east', 'GET', `/api/approvals/history?docType=signing_plan&docId=${id}`);

    // Rejected: back to be entered; corrected within the period, it signs as before.
    const first = await toEntry('超期被驳回');
    const pending = await ok('assistant_east', 'POST', `/api/contracts/${first}/enter`, longSplit);
    expect(pending).toMatchObject({ status: 'plan_review', actions: { verify: false, enter: false } });
    const steps = await approvers('assistant_east', first, 'signing_plan');
    expect(steps).toHaveLength(2);
    expect(steps[0]).toMatch(/^manager_/);
    expect(steps[1]).toBe('finance');
    const early = await call('finance', 'POST', `/api/contracts/${first}/verify`, {});
    expect(early.statusCode).toBe(409);
    expect(await planOf(first)).toEqual([]);
    const h = await historyOf(first);
    await ok(steps[0]!, 'POST', `/api/approvals/${h.latestRequestId}/reject`, { comment: '分期太长' });
    const back = await ok('assistant_east', 'GET', `/api/contracts/${first}`);
    expect(back).toMatchObject({ status: 'approved', actions: { enter: true } });
    await ok('assistant_east', 'POST', `/api/contracts/${first}/enter`, {
      signedOn: '2026-03-01',
      instalments: [
        { dueDate: '2026-03-15', amountFen: '600' },
        { dueDate: '2026-03-31', amountFen: '400' },
      ],
    });
    expect(await ok('finance', 'POST', `/api/contracts/${first}/verify`, {})).toMatchObject({
      status: 'signed',
    });
    expect((await planOf(first)).map((r) => r.dueDate)).toEqual(['2026-03-15', '2026-03-31']);

    // Approved by the manager, then finance: verified, it signs with the split as entered.
    const second = await toEntry('超期获批');
    await ok('assistant_east', 'POST', `/api/contracts/${second}/enter`, longSplit);
    await approveAll('assistant_east', second, 'signing_plan');
    const approved = await ok('finance', 'GET', `/api/contracts/${second}`);
    expect(approved.status).toBe('entered');
    expect(await planOf(second)).toEqual([]);
    expect(await ok('finance', 'POST', `/api/contracts/${second}/verify`, {})).toMatchObject({
      status: 'signed',
    });
    expect(await planOf(second)).toEqual([
      { dueDate: '2026-03-31', amountFen: 600n, origin: 'signing' },
      { dueDate: '2026-04-01', amountFen: 400n, origin: 'signing' },
    ]);
    const audited = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, second));
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining(['contract.plan.submitted', 'contract.plan.approved', 'contract.verify']),
    );
  });

  it('Q2C-8: a signed contract cannot be edited through any route', async () => {
    const cust = await customer('rep01', '不可改客户');
    const c = await sign(
      'rep01',
      { kind: 'main', customerId: cust, title: '已签', amountFen: '500000' },
      '2026-03-02',
    );
    const before = await ok('rep01', 'GET', `/api/contracts/${c.id}`);
    expect(before.actions).toMatchObject({
      edit: false,
      submit: false,
      uploadScan: false,
      removeScan: false,
      enter: false,
      createSupplement: true,
    });
    const planBefore = await planOf(c.id);
    const attempts = [
      await call('rep01', 'PATCH', `/api/contracts/${c.id}`, { amountFen: '1' }),
      await call('director', 'PATCH', `/api/contracts/${c.id}`, { title: '改名' }),
      await call('rep01', 'POST', `/api/contracts/${c.id}/submit`),
      await uploadScan('assistant_east', c.id, 'later.pdf'),
      await call('assistant_east', 'DELETE', `/api/contracts/${c.id}/scan/${before.scans[0].id}`),
      await call('assistant_east', 'POST', `/api/contracts/${c.id}/enter`, { signedOn: '2026-03-01' }),
      await call('finance', 'POST', `/api/contracts/${c.id}/verify`, {}),
      await call('finance', 'POST', `/api/contracts/${c.id}/return-entry`, { reason: '重录' }),
      await call('rep01', 'POST', '/api/approvals/submit', { docType: 'contract', docId: c.id }),
    ];
    for (const res of attempts) expect(res.statusCode, res.body).toBe(409);
    expect(attempts.slice(0, 8).map((r) => r.json().error.code)).toEqual(Array(8).fill('CONTRACT_SIGNED'));
    const after = await ok('rep01', 'GET', `/api/contracts/${c.id}`);
    expect(after).toEqual(before);
    expect(await planOf(c.id)).toEqual(planBefore);
  });

  it('Q2C-8: a supplement changes the receivable — an increase adds an instalment, a decrease issues a credit note', async () => {
    const cust = await customer('rep02', '补充协议客户');
    const main = await sign(
      'rep02',
      { kind: 'main', customerId: cust, title: '主合同', amountFen: '1000000' },
      '2026-03-01',
    );
    const today = '2026-03-02';
    expect(await customerDebt(db, cust, today)).toEqual({ outstandingFen: 1000000n, overdueFen: 0n });

    // Only for a signed main contract.
    const draft = await ok('rep02', 'POST', '/api/contracts', {
      kind: 'main',
      customerId: cust,
      title: '未签',
      amountFen: '1',
    });
    const early = await call('rep02', 'POST', '/api/contracts', {
      kind: 'supplement',
      mainContractId: draft.id,
      title: '过早',
      deltaFen: '100',
    });
    expect(early.json().error.code).toBe('CONTRACT_NOT_SIGNED_MAIN');
    const zero = await call('rep02', 'POST', '/api/contracts', {
      kind: 'supplement',
      mainContractId: main.id,
      title: '零',
      deltaFen: '0',
    });
    expect(zero.statusCode).toBe(400);
    expect(Object.keys(zero.json().error.fields)).toEqual(['deltaFen']);

    const up = await sign(
      'rep02',
      { kind: 'supplement', mainContractId: main.id, title: '增加数量', deltaFen: '200000' },
      '2026-03-02',
    );
    expect(up).toMatchObject({
      kind: 'supplement',
      amountFen: '0',
      deltaFen: '200000',
      customer: { id: cust },
      owner: { username: 'rep02' },
      mainContract: { id: main.id, number: main.number },
    });
    expect(await planOf(main.id)).toEqual([
      { dueDate: '2026-03-31', amountFen: 1000000n, origin: 'signing' },
      { dueDate: '2026-04-01', amountFen: 200000n, origin: 'supplement' },
    ]);
    expect(await customerDebt(db, cust, today)).toEqual({ outstandingFen: 1200000n, overdueFen: 0n });

    const down = await sign(
      'rep02',
      { kind: 'supplement', mainContractId: main.id, title: '减少数量', deltaFen: '-300000' },
      '2026-03-02',
    );
    const notes = await db.select().from(creditNotes).where(eq(creditNotes.sourceId, down.id));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ contractId: main.id, amountFen: 300000n, sourceType: 'supplement' });
    expect(await customerDebt(db, cust, today)).toEqual({ outstandingFen: 900000n, overdueFen: 0n });

    const detail = await ok('rep02', 'GET', `/api/contracts/${main.id}`);
    expect(detail.effectiveAmountFen).toBe('900000');
    expect(detail.supplements.map((s: { id: string }) => s.id)).toEqual([up.id, down.id]);
    // A supplement's approval weighs the size of the change.
    const h = await ok('rep02', 'GET', `/api/approvals/history?docType=contract&docId=${down.id}`);
    expect(h.rounds[0].amountFen).toBe('300000');
    const audited = await db.select().from(auditLog).where(eq(auditLog.entityId, down.id));
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining(['contract.create', 'contract.enter', 'contract.verify']),
    );
  });

  it('Q2C-8: a decreasing supplement may not take the contract below zero (no customer credit out of nothing)', async () => {
    const cust = await customer('rep02', '减额客户');
    const main = await sign(
      'rep02',
      { kind: 'main', customerId: cust, title: '主合同', amountFen: '1000000' },
      '2026-03-01',
    );
    const tooMuch = await call('rep02', 'POST', '/api/contracts', {
      kind: 'supplement',
      mainContractId: main.id,
      title: '减过头',
      deltaFen: '-1000001',
    });
    expect(tooMuch.statusCode).toBe(400);
    expect(Object.keys(tooMuch.json().error.fields)).toEqual(['deltaFen']);
    // Two drafts each within the amount: the second is refused when it would be signed.
    const second = await ok('rep02', 'POST', '/api/contracts', {
      kind: 'supplement',
      mainContractId: main.id,
      title: '减少二',
      deltaFen: '-600000',
    });
    await sign(
      'rep02',
      { kind: 'supplement', mainContractId: main.id, title: '减少一', deltaFen: '-600000' },
      '2026-03-02',
    );
    await ok('rep02', 'POST', `/api/contracts/${second.id}/submit`);
    await approveAll('rep02', second.id);
    expect((await uploadScan('assistant_east', second.id)).statusCode).toBe(200);
    await ok('assistant_east', 'POST', `/api/contracts/${second.id}/enter`, { signedOn: '2026-03-02' });
    const verify = await call('finance', 'POST', `/api/contracts/${second.id}/verify`, {});
    expect(verify.statusCode).toBe(400);
    expect(verify.json().error.fields.deltaFen).toBeTruthy();
    const notes = await db.select().from(creditNotes).where(eq(creditNotes.sourceId, second.id));
    expect(notes).toHaveLength(0);
  });
});
