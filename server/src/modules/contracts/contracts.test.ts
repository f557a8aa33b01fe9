import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signedContractFixture } from '../../../test/money-fixtures.js';
import { createTestApp } from '../../../test/test-app.js';
import { auditLog } from '../../platform/audit/tables.js';
import { notifications } from '../../platform/notifications/tables.js';
import { quotes } from '../quotes/index.js';
import { contractKit } from './contract-test-kit.js';

describe('contracts: drafting, review chain, credit check (Q2C-5, Q2C-6, CUS-9)', async () => {
  const t = await createTestApp();
  const { call, ok, customer, approvers, approveAll, uploadScan } = contractKit(t);

  it('Q2C-5: intent and main contracts get gapless yearly numbers; money travels as fen strings', async () => {
    const cust = await customer('rep01', '编号客户');
    const a = await ok('rep01', 'POST', '/api/contracts', {
      kind: 'intent',
      customerId: cust,
      title: '采购意向',
      amountFen: '123456789012345',
    });
    const b = await ok('rep01', 'POST', '/api/contracts', {
      kind: 'main',
      customerId: cust,
      title: '年度采购合同',
      amountFen: '100000',
      startDate: '2026-03-01',
      endDate: '2026-12-31',
      paymentTerms: '签订后30天内付清',
    });
    expect(a).toMatchObject({ kind: 'intent', status: 'draft', amountFen: '123456789012345' });
    expect(a.number).toMatch(/^HT2026-\d{4}$/);
    expect(Number(b.number.slice(-4))).toBe(Number(a.number.slice(-4)) + 1);
    expect(b.actions).toMatchObject({ edit: true, submit: true, enter: false, verify: false });
    const bad = await call('rep01', 'POST', '/api/contracts', {
      kind: 'main',
      customerId: cust,
      title: 'x',
      amountFen: '12.5',
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['amountFen']);
    const backwards = await call('rep01', 'POST', '/api/contracts', {
      kind: 'main',
      customerId: cust,
      title: 'x',
      amountFen: '1',
      startDate: '2026-05-01',
      endDate: '2026-04-01',
    });
    expect(Object.keys(backwards.json().error.fields)).toEqual(['endDate']);
  });

  it("ORG-5: another rep's contract, its scans and a customer out of scope are 404", async () => {
    const cust = await customer('rep01', '范围客户');
    const c = await ok('rep01', 'POST', '/api/contracts', {
      kind: 'main',
      customerId: cust,
      title: '范围合同',
      amountFen: '100',
    });
    expect((await call('rep02', 'GET', `/api/contracts/${c.id}`)).statusCode).toBe(404);
    expect((await call('rep02', 'GET', `/api/contracts/${c.id}/scan`)).statusCode).toBe(404);
    expect((await call('rep02', 'PATCH', `/api/contracts/${c.id}`, { title: 'x' })).statusCode).toBe(404);
    expect((await call('sup_east1', 'GET', `/api/contracts/${c.id}`)).statusCode).toBe(200);
    const list = await ok('rep02', 'GET', '/api/contracts?pageSize=200');
    expect(list.items.map((i: { id: string }) => i.id)).not.toContain(c.id);
    const other = await call('rep02', 'POST', '/api/contracts', {
      kind: 'main',
      customerId: cust,
      title: '别人的客户',
      amountFen: '100',
    });
    expect(other.statusCode).toBe(404);
  });

  it('Q2C-6: the manager reviews every contract; above the director threshold the director; above the GM threshold the GM', async () => {
    const cust = await customer('rep01', '阈值客户');
    const chain = async (amountFen: string) => {
      const c = await ok('rep01', 'POST', '/api/contracts', {
        kind: 'main',
        customerId: cust,
        title: `金额 ${amountFen}`,
        amountFen,
      });
      const submitted = await ok('rep01', 'POST', `/api/contracts/${c.id}/submit`);
      expect(submitted.status).toBe('reviewing');
      return approvers('rep01', c.id);
    };
    expect(await chain('50000000')).toEqual(['manager_east']);
    expect(await chain('50000001')).toEqual(['manager_east', 'director']);
    expect(await chain('200000001')).toEqual(['manager_east', 'director', 'gm']);
  });

  it('Q2C-6: a contract under review is locked; rejected it can be edited and submitted again', async () => {
    const cust = await customer('rep01', '驳回客户');
    const c = await ok('rep01', 'POST', '/api/contracts', {
      kind: 'main',
      customerId: cust,
      title: '待改合同',
      amountFen: '1000',
    });
    await ok('rep01', 'POST', `/api/contracts/${c.id}/submit`);
    const locked = await call('rep01', 'PATCH', `/api/contracts/${c.id}`, { title: '改' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('STATUS_NOT_ALLOWED');
    const h = await ok('rep01', 'GET', `/api/approvals/history?docType=contract&docId=${c.id}`);
    await ok('manager_east', 'POST', `/api/approvals/${h.latestRequestId}/reject`, { comment: '金额有误' });
    expect((await ok('rep01', 'GET', `/api/contracts/${c.id}`)).status).toBe('rejected');
    const edited = await ok('rep01', 'PATCH', `/api/contracts/${c.id}`, { amountFen: '2000' });
    expect(edited).toMatchObject({ amountFen: '2000', status: 'rejected' });
    expect((await ok('rep01', 'POST', `/api/contracts/${c.id}/submit`)).status).toBe('reviewing');
    await approveAll('rep01', c.id);
    const approved = await ok('rep01', 'GET', `/api/contracts/${c.id}`);
    expect(approved.status).toBe('approved');
    expect((await call('rep01', 'PATCH', `/api/contracts/${c.id}`, { title: '改' })).statusCode).toBe(409);
  });

  it('CUS-9: over the credit limit set by finance, the contract also goes to finance, and the page says why', async () => {
    const cust = await customer('rep01', '额度客户');
    await ok('finance', 'PUT', `/api/customers/${cust}/credit`, {
      creditLimitFen: '500000',
      creditRating: 'B',
      reason: '新客户',
    });
    const within = await ok('rep01', 'POST', '/api/contracts', {
      kind: 'main',
      customerId: cust,
      title: '额度内',
      amountFen: '500000',
    });
    await ok('rep01', 'POST', `/api/contracts/${within.id}/submit`);
    expect(await approvers('rep01', within.id)).toEqual(['manager_east']);
    const over = await ok('rep01', 'POST', '/api/contracts', {
      kind: 'main',
      customerId: cust,
      title: '超额度',
      amountFen: '500001',
    });
    const submitted = await ok('rep01', 'POST', `/api/contracts/${over.id}/submit`);
    expect(await approvers('rep01', over.id)).toEqual(['manager_east', 'finance']);
    expect(submitted.creditCheck).toMatchObject({
      limitFen: '500000',
      outstandingFen: '0',
      overdueFen: '0',
      amountFen: '500001',
      reasons: ['over_limit'],
      asOf: '2026-03-02',
    });
  });

  it('CUS-9: a customer with overdue debt adds the finance step whatever the amount', async () => {
    const cust = await customer('rep02', '逾期客户');
    // Signed 2025-12-01: the AR-1 instalment fell due 2025-12-31, overdue on 2026-03-02.
    await signedContractFixture(t.database, t.clock, {
      ownerUsername: 'rep02',
      customerId: cust,
      amountFen: 300000n,
      signedOn: '2025-12-01',
    });
    const c = await ok('rep02', 'POST', '/api/contracts', {
      kind: 'main',
      customerId: cust,
      title: '逾期后新合同',
      amountFen: '100',
    });
    const submitted = await ok('rep02', 'POST', `/api/contracts/${c.id}/submit`);
    expect(submitted.creditCheck).toMatchObject({
      limitFen: null,
      outstandingFen: '300000',
      overdueFen: '300000',
      reasons: ['overdue'],
    });
    expect(await approvers('rep02', c.id)).toEqual(['manager_east', 'finance']);
  });

  it('CUS-9: a debt that fell overdue after drafting is not missed when submitting through the approval centre', async () => {
    const cust = await customer('rep03', '后来逾期客户');
    const c = await ok('rep03', 'POST', '/api/contracts', {
      kind: 'main',
      customerId: cust,
      title: '先起草',
      amountFen: '100',
    });
    expect(c.creditCheck.reasons).toEqual([]);
    await signedContractFixture(t.database, t.clock, {
      ownerUsername: 'rep03',
      customerId: cust,
      amountFen: 5000n,
      signedOn: '2025-11-01',
    });
    const generic = await call('rep03', 'POST', '/api/approvals/submit', {
      docType: 'contract',
      docId: c.id,
    });
    expect(generic.json().error.code).toBe('CONTRACT_CREDIT_CHANGED');
    expect((await ok('rep03', 'GET', `/api/contracts/${c.id}`)).status).toBe('draft');
    await ok('rep03', 'POST', `/api/contracts/${c.id}/submit`);
    expect(await approvers('rep03', c.id)).toEqual(['manager_east', 'finance']);
  });

  it('Q2C-5: a main contract drafted from an accepted quote takes its customer and total, once', async () => {
    const cust = await customer('rep03', '报价客户');
    const ownerId = await t.userId('rep03');
    const [owner] = await t.database.db.query.users.findMany({ where: (u, { eq: e }) => e(u.id, ownerId) });
    const insertQuote = async (number: string, status: 'accepted' | 'sent') => {
      const [q] = await t.database.db
        .insert(quotes)
        .values({
          number,
          customerId: cust,
          ownerId,
          unitId: owner!.unitId,
          status,
          taxRatePct: 13,
          validUntil: '2026-04-30',
          totalFen: 1130000n,
          netTotalFen: 1000000n,
          taxFen: 130000n,
          listTotalFen: 1000000n,
        })
        .returning();
      return q!;
    };
    const accepted = await insertQuote('BJ-Q-2026-9001', 'accepted');
    const c = await ok('rep03', 'POST', '/api/contracts', { kind: 'main', quoteId: accepted.id });
    expect(c).toMatchObject({ quoteId: accepted.id, amountFen: '1130000', customer: { id: cust } });
    const [after] = await t.database.db.select().from(quotes).where(eq(quotes.id, accepted.id));
    expect(after!.contractId).toBe(c.id);
    const again = await call('rep03', 'POST', '/api/contracts', { kind: 'main', quoteId: accepted.id });
    expect(again.json().error.code).toBe('STATUS_NOT_ALLOWED');
    const sent = await insertQuote('BJ-Q-2026-9002', 'sent');
    expect(
      (await call('rep03', 'POST', '/api/contracts', { kind: 'main', quoteId: sent.id })).statusCode,
    ).toBe(409);
    expect(
      (await call('rep01', 'POST', '/api/contracts', { kind: 'main', quoteId: sent.id })).statusCode,
    ).toBe(404);
  });

  it('Q2C-7: the entry is verified by a second person; the scan comes first; the manager is told the copy is filed', async () => {
    const cust = await customer('rep01', '签约客户');
    const c = await ok('rep01', 'POST', '/api/contracts', {
      kind: 'main',
      customerId: cust,
      title: '签约合同',
      amountFen: '900000',
    });
    // Not before approval.
    expect((await uploadScan('assistant_east', c.id)).json().error.code).toBe('STATUS_NOT_ALLOWED');
    await ok('rep01', 'POST', `/api/contracts/${c.id}/submit`);
    await approveAll('rep01', c.id);
    const noScan = await call('assistant_east', 'POST', `/api/contracts/${c.id}/enter`, {
      signedOn: '2026-03-01',
    });
    expect(noScan.json().error.code).toBe('CONTRACT_SCAN_REQUIRED');
    // The rep cannot enter or upload (contract:enter is the assistant's).
    expect((await uploadScan('rep01', c.id)).statusCode).toBe(403);
    const wrong = await uploadScan('assistant_east', c.id, 'wrong.pdf');
    expect(wrong.statusCode).toBe(200);
    await ok('assistant_east', 'DELETE', `/api/contracts/${c.id}/scan/${wrong.json().id}`);
    const scan = await uploadScan('assistant_east', c.id);
    const future = await call('assistant_east', 'POST', `/api/contracts/${c.id}/enter`, {
      signedOn: '2026-03-03',
    });
    expect(Object.keys(future.json().error.fields)).toEqual(['signedOn']);
    const mismatch = await call('assistant_east', 'POST', `/api/contracts/${c.id}/enter`, {
      signedOn: '2026-03-01',
      instalments: [
        { dueDate: '2026-03-31', amountFen: '400000' },
        { dueDate: '2026-04-30', amountFen: '400000' },
      ],
    });
    expect(mismatch.json().error.code).toBe('PLAN_SUM_MISMATCH');
    const entered = await ok('assistant_east', 'POST', `/api/contracts/${c.id}/enter`, {
      signedOn: '2026-03-01',
      // AR-1: within the 30-day collection period, so no plan approval is needed.
      instalments: [
        { dueDate: '2026-03-31', amountFen: '500000' },
        { dueDate: '2026-03-15', amountFen: '400000' },
      ],
    });
    expect(entered).toMatchObject({
      status: 'entered',
      signedOn: '2026-03-01',
      enteredBy: { username: 'assistant_east' },
      plannedInstalments: [
        { dueDate: '2026-03-15', amountFen: '400000' },
        { dueDate: '2026-03-31', amountFen: '500000' },
      ],
    });
    expect(entered.actions).toMatchObject({ verify: false, returnEntry: true });
    const self = await call('assistant_east', 'POST', `/api/contracts/${c.id}/verify`, {});
    expect(self.json().error.code).toBe('CONTRACT_VERIFY_SELF');
    // Returned once, entered again, then verified by finance.
    const back = await ok('finance', 'POST', `/api/contracts/${c.id}/return-entry`, {
      reason: '金额拆分有误',
    });
    expect(back).toMatchObject({ status: 'approved', signedOn: null, enteredBy: null });
    await ok('assistant_east', 'POST', `/api/contracts/${c.id}/enter`, { signedOn: '2026-03-01' });
    const signed = await ok('finance', 'POST', `/api/contracts/${c.id}/verify`, {});
    expect(signed).toMatchObject({
      status: 'signed',
      verifiedBy: { username: 'finance' },
      enteredBy: { username: 'assistant_east' },
    });
    expect(signed.scans.map((s: { id: string }) => s.id)).toEqual([scan.json().id]);
    const managerId = await t.userId('manager_east');
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, managerId), eq(notifications.event, 'contract.signedCopy')));
    expect(told.map((n) => n.subjectId)).toContain(c.id);
    const enteredTold = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.event, 'contract.entryReturned'));
    expect(enteredTold.map((n) => n.subjectId)).toContain(c.id);
    const download = await call('rep01', 'GET', `/api/contracts/${c.id}/scan/${scan.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('%PDF-1.4 signed');
    expect((await call('rep02', 'GET', `/api/contracts/${c.id}/scan/${scan.json().id}`)).statusCode).toBe(
      404,
    );
    // Every write audited, in the order it happened.
    const actions = (
      await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, c.id)).orderBy(auditLog.id)
    ).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'contract.create',
        'contract.creditCheck',
        'contract.scan.add',
        'contract.scan.remove',
        'contract.enter',
        'contract.returnEntry',
        'contract.verify',
        'instalments.signing',
      ]),
    );
    const timeline = await ok('rep01', 'GET', `/api/customers/${cust}/timeline?pageSize=50`);
    const kinds = timeline.items.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'contract.created',
        'contract.submitted',
        'contract.approved',
        'contract.signed',
      ]),
    );
  });
});
