import { describe, expect, it } from 'vitest';
import { signedContractFixture } from '../../../test/money-fixtures.js';
import { multipartBody } from '../../../test/multipart.js';
import { createTestApp } from '../../../test/test-app.js';
import { customerDebt } from '../receivables/index.js';
import { returnDirectorThresholdFen } from './policies.js';

describe('orders, delivery and returns (Q2C-8, Q2C-10, Q2C-11)', async () => {
  const t = await createTestApp();
  const cookies = new Map<string, string>();
  const call = async (u: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, body?: unknown) => {
    if (!cookies.has(u)) cookies.set(u, await t.login(u));
    return t.request(method, url, { cookie: cookies.get(u)!, ...(body !== undefined ? { body } : {}) });
  };
  const ok = async (u: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, body?: unknown) => {
    const res = await call(u, method, url, body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  let customerId = '';
  let customerNo = 0;
  /** A customer of rep01's; each test's contract gets its own so receivables do not mix. */
  const newCustomer = async () => {
    customerNo += 1;
    const created = await ok('rep01', 'POST', '/api/customers', {
      name: `订单测试客户${customerNo}`,
      level: 'B',
    });
    customerId = created.customer.id;
    return customerId;
  };
  const contract = async (amountFen = 1_000_000n) =>
    signedContractFixture(t.database, t.clock, {
      ownerUsername: 'rep01',
      customerId: await newCustomer(),
      amountFen,
      signedOn: '2026-02-01',
    });
  const placeOrder = async (contractId: string, u = 'rep01') =>
    ok(u, 'POST', '/api/orders', {
      contractId,
      expectedShipDate: '2026-03-20',
      lines: [
        { productName: '工业阀门 DN50', unit: '台', quantity: 10 },
        { productName: '安装套件', unit: '套', quantity: 2 },
      ],
    });

  it('Q2C-10: an order from a signed main contract starts in production with the document checklist open', async () => {
    const { contract: c } = await contract();
    const order = await placeOrder(c.id);
    expect(order.number).toMatch(/^DD2026-\d{4}$/);
    expect(order).toMatchObject({ status: 'production', quantity: 12, shippedQuantity: 0, canWrite: true });
    expect(order.documents.map((d: { kind: string; provided: boolean }) => [d.kind, d.provided])).toEqual([
      ['manual', false],
      ['certificate', false],
      ['test_report', false],
    ]);
    expect(order.missingDocuments).toEqual(['manual', 'certificate', 'test_report']);
    const second = await placeOrder(c.id);
    expect(Number(second.number.slice(-4))).toBe(Number(order.number.slice(-4)) + 1);
    const list = await ok('rep01', 'GET', `/api/orders?contractId=${c.id}`);
    expect(list.total).toBe(2);
  });

  it('Q2C-10: partial shipments move the status; over-shipping is refused on the line', async () => {
    const { contract: c } = await contract();
    const order = await placeOrder(c.id);
    const [valve, kit] = order.lines;
    const ship = (lines: { orderLineId: string; quantity: number }[]) =>
      call('rep01', 'POST', `/api/orders/${order.id}/shipments`, {
        shippedOn: '2026-03-05',
        carrier: '顺丰',
        trackingNo: 'SF100',
        lines,
      });
    const partial = await ship([{ orderLineId: valve.id, quantity: 4 }]);
    expect(partial.statusCode, partial.body).toBe(200);
    expect(partial.json()).toMatchObject({ status: 'partially_shipped', shippedQuantity: 4 });
    expect(partial.json().lines[0]).toMatchObject({ shippedQuantity: 4, remainingQuantity: 6 });

    const over = await ship([
      { orderLineId: kit.id, quantity: 1 },
      { orderLineId: valve.id, quantity: 7 },
    ]);
    expect(over.statusCode).toBe(422);
    expect(over.json().error.code).toBe('SHIPMENT_EXCEEDS_ORDER');
    expect(Object.keys(over.json().error.fields)).toEqual(['lines.1.quantity']);

    const notMine = await ship([{ orderLineId: order.id, quantity: 1 }]);
    expect(notMine.statusCode).toBe(400);

    // Delivery before everything has shipped is a wrong transition.
    const early = await call('rep01', 'POST', `/api/orders/${order.id}/deliver`);
    expect(early.json().error.code).toBe('STATUS_NOT_ALLOWED');
    const rest = await ship([
      { orderLineId: valve.id, quantity: 6 },
      { orderLineId: kit.id, quantity: 2 },
    ]);
    expect(rest.json()).toMatchObject({ status: 'shipped', shippedQuantity: 12 });
    expect(rest.json().shipments).toHaveLength(2);
    expect((await ship([{ orderLineId: valve.id, quantity: 1 }])).json().error.code).toBe(
      'STATUS_NOT_ALLOWED',
    );
  });

  it('Q2C-10: acceptance needs the delivery documents', async () => {
    const { contract: c } = await contract();
    const order = await placeOrder(c.id);
    await ok('rep01', 'POST', `/api/orders/${order.id}/shipments`, {
      shippedOn: '2026-03-05',
      lines: order.lines.map((l: { id: string; quantity: number }) => ({
        orderLineId: l.id,
        quantity: l.quantity,
      })),
    });
    expect((await call('rep01', 'POST', `/api/orders/${order.id}/accept`)).json().error.code).toBe(
      'STATUS_NOT_ALLOWED',
    );
    const delivered = await ok('rep01', 'POST', `/api/orders/${order.id}/deliver`);
    expect(delivered.status).toBe('delivered');
    expect(delivered.deliveredAt).not.toBeNull();

    await ok('rep01', 'PUT', `/api/orders/${order.id}/documents/manual`, { provided: true });
    const refused = await call('rep01', 'POST', `/api/orders/${order.id}/accept`, undefined);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('DELIVERY_DOCS_INCOMPLETE');
    expect(Object.keys(refused.json().error.fields).sort()).toEqual([
      'documents.certificate',
      'documents.test_report',
    ]);
    await ok('rep01', 'PUT', `/api/orders/${order.id}/documents/certificate`, { provided: true });
    const almost = await ok('rep01', 'PUT', `/api/orders/${order.id}/documents/test_report`, {
      provided: true,
    });
    expect(almost.missingDocuments).toEqual([]);
    const accepted = await ok('rep01', 'POST', `/api/orders/${order.id}/accept`);
    expect(accepted).toMatchObject({ status: 'accepted' });
    expect(accepted.acceptedAt).not.toBeNull();
    // An accepted order's checklist is final.
    const untick = await call('rep01', 'PUT', `/api/orders/${order.id}/documents/manual`, {
      provided: false,
    });
    expect(untick.json().error.code).toBe('STATUS_NOT_ALLOWED');
  });

  it("Q2C-11: progress shows on the customer's timeline and notifies the owner", async () => {
    const { contract: c } = await contract();
    const order = await placeOrder(c.id);
    await ok('assistant_east', 'POST', `/api/orders/${order.id}/shipments`, {
      shippedOn: '2026-03-06',
      carrier: '德邦',
      trackingNo: 'DB42',
      lines: [{ orderLineId: order.lines[0].id, quantity: 3 }],
    });
    const notes = await ok('rep01', 'GET', '/api/notifications?pageSize=50');
    const mine = notes.items.filter((n: { subjectId: string }) => n.subjectId === order.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ event: 'order.progress', link: `/orders/${order.id}` });
    expect(mine[0].title).toContain(order.number);
    // The owner's own steps do not notify the owner.
    await ok('rep01', 'PUT', `/api/orders/${order.id}/documents/manual`, { provided: true });
    const after = await ok('rep01', 'GET', '/api/notifications?pageSize=50');
    expect(after.items.filter((n: { subjectId: string }) => n.subjectId === order.id)).toHaveLength(1);

    const timeline = await ok('rep01', 'GET', `/api/customers/${c.customerId}/timeline?pageSize=50`);
    const kinds = timeline.items
      .filter((e: { refId: string }) => e.refId === order.id)
      .map((e: { kind: string }) => e.kind)
      .sort();
    expect(kinds).toEqual(['order.created', 'order.document', 'order.shipped']);
    const shipped = timeline.items.find((e: { kind: string; refId: string }) => e.kind === 'order.shipped');
    expect(shipped.summary['zh-CN']).toContain('德邦');
    expect(shipped.actor.username).toBe('assistant_east');
  });

  it("ORG-5: orders are read in scope — rep02 gets 404 on rep01's order", async () => {
    const { contract: c } = await contract();
    const order = await placeOrder(c.id);
    expect((await call('rep02', 'GET', `/api/orders/${order.id}`)).statusCode).toBe(404);
    expect((await call('rep02', 'POST', `/api/orders/${order.id}/deliver`)).statusCode).toBe(404);
    const list = await ok('rep02', 'GET', '/api/orders?pageSize=200');
    expect(list.items.map((o: { id: string }) => o.id)).not.toContain(order.id);
    // rep02 cannot order on rep01's contract either.
    const foreign = await call('rep02', 'POST', '/api/orders', {
      contractId: c.id,
      lines: [{ productName: 'x', unit: '台', quantity: 1 }],
    });
    expect(foreign.statusCode).toBe(404);
    // The supervisor, the assistant and finance see it; finance cannot move it on.
    expect((await call('sup_east1', 'GET', `/api/orders/${order.id}`)).statusCode).toBe(200);
    expect((await call('finance', 'GET', `/api/orders/${order.id}`)).json().canWrite).toBe(false);
  });

  it('Q2C-8: an approved return issues a credit note that reduces the receivable', async () => {
    const { contract: c } = await contract(1_000_000n);
    const today = '2026-03-02';
    const before = await customerDebt(t.database.db, c.customerId, today);

    const tooMuch = await call('rep01', 'POST', '/api/returns', {
      kind: 'return',
      contractId: c.id,
      reason: '质量问题',
      creditFen: '1000001',
    });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json().error.code).toBe('RETURN_CREDIT_EXCEEDS_CONTRACT');
    expect(Object.keys(tooMuch.json().error.fields)).toEqual(['creditFen']);

    const draft = await ok('rep01', 'POST', '/api/returns', {
      kind: 'return',
      contractId: c.id,
      reason: '两台阀门渗漏，退货',
      creditFen: '300000',
    });
    expect(draft.number).toMatch(/^TH2026-\d{4}$/);
    expect(draft).toMatchObject({ status: 'draft', creditFen: '300000', canEdit: true, creditNote: null });
    // Nothing happens to the receivable before approval.
    expect(await customerDebt(t.database.db, c.customerId, today)).toEqual(before);

    const submitted = await ok('rep01', 'POST', `/api/returns/${draft.id}/submit`);
    expect(submitted).toMatchObject({ status: 'reviewing', canEdit: false });
    expect((await call('rep01', 'PATCH', `/api/returns/${draft.id}`, { reason: 'x' })).statusCode).toBe(423);
    const history = await ok('rep01', 'GET', `/api/approvals/history?docType=return&docId=${draft.id}`);
    const requestId = history.latestRequestId;
    // The rep cannot approve their own return; a small return needs the sales manager only.
    expect((await call('rep01', 'POST', `/api/approvals/${requestId}/approve`, {})).statusCode).not.toBe(200);
    expect(
      history.rounds[0].steps.map((s: { approver: { username: string } }) => s.approver.username),
    ).toEqual(['manager_east']);
    expect(await customerDebt(t.database.db, c.customerId, today)).toEqual(before);
    await ok('manager_east', 'POST', `/api/approvals/${requestId}/approve`, {});

    const approved = await ok('rep01', 'GET', `/api/returns/${draft.id}`);
    expect(approved).toMatchObject({ status: 'approved', canEdit: false });
    expect(approved.creditNote).toMatchObject({ amountFen: '300000', unallocatedFen: '0' });
    const debt = await customerDebt(t.database.db, c.customerId, today);
    expect(before.outstandingFen - debt.outstandingFen).toBe(300_000n);

    const timeline = await ok('rep01', 'GET', `/api/customers/${c.customerId}/timeline?pageSize=50`);
    const kinds = timeline.items
      .filter((e: { refId: string }) => e.refId === draft.id)
      .map((e: { kind: string }) => e.kind)
      .sort();
    expect(kinds).toEqual(['return.approved', 'return.created', 'return.submitted']);

    // Approved is final; a second return may only credit what is left of the contract.
    expect(
      (await call('rep01', 'PATCH', `/api/returns/${draft.id}`, { reason: 'x' })).json().error.code,
    ).toBe('STATUS_NOT_ALLOWED');
    const second = await ok('rep01', 'POST', '/api/returns', {
      kind: 'return',
      contractId: c.id,
      reason: '再退',
      creditFen: '700000',
    });
    const over = await call('rep01', 'PATCH', `/api/returns/${second.id}`, { creditFen: '700001' });
    expect(over.json().error.code).toBe('RETURN_CREDIT_EXCEEDS_CONTRACT');
  });

  it('Q2C-8: a return up to the amount policy goes to the sales manager only; above it the sales director follows', async () => {
    const threshold = BigInt(returnDirectorThresholdFen.default);
    const { contract: c } = await contract(threshold * 3n);
    const submitted = async (creditFen: bigint) => {
      const draft = await ok('rep01', 'POST', '/api/returns', {
        kind: 'return',
        contractId: c.id,
        reason: '质量问题退货',
        creditFen: creditFen.toString(),
      });
      await ok('rep01', 'POST', `/api/returns/${draft.id}/submit`);
      const h = await ok('rep01', 'GET', `/api/approvals/history?docType=return&docId=${draft.id}`);
      return { id: draft.id, requestId: h.latestRequestId as string, steps: h.rounds[0].steps };
    };
    const names = (steps: { approver: { username: string } }[]) => steps.map((s) => s.approver.username);

    const atLimit = await submitted(threshold);
    expect(names(atLimit.steps)).toEqual(['manager_east']);
    await ok('manager_east', 'POST', `/api/approvals/${atLimit.requestId}/approve`, {});
    expect((await ok('rep01', 'GET', `/api/returns/${atLimit.id}`)).status).toBe('approved');

    const above = await submitted(threshold + 1n);
    expect(names(above.steps)).toEqual(['manager_east', 'director']);
    expect(above.steps[1].rule.when.amountAbove).toEqual({
      policyId: 'order.returnDirectorThresholdFen',
      thresholdFen: threshold.toString(),
    });
    await ok('manager_east', 'POST', `/api/approvals/${above.requestId}/approve`, {});
    expect((await ok('rep01', 'GET', `/api/returns/${above.id}`)).status).toBe('reviewing');
    await ok('director', 'POST', `/api/approvals/${above.requestId}/approve`, {});
    expect((await ok('rep01', 'GET', `/api/returns/${above.id}`)).status).toBe('approved');
  });

  it('Q2C-8: a rejected return credits nothing and may be corrected and resubmitted', async () => {
    const { contract: c } = await contract(500_000n);
    const today = '2026-03-02';
    const before = await customerDebt(t.database.db, c.customerId, today);
    const order = await placeOrder(c.id);
    const ex = await ok('rep01', 'POST', '/api/returns', {
      kind: 'exchange',
      contractId: c.id,
      orderId: order.id,
      reason: '型号发错，换货',
    });
    expect(ex).toMatchObject({
      kind: 'exchange',
      creditFen: '0',
      order: { id: order.id, number: order.number },
    });
    await ok('rep01', 'POST', `/api/returns/${ex.id}/submit`);
    const { latestRequestId } = await ok(
      'rep01',
      'GET',
      `/api/approvals/history?docType=return&docId=${ex.id}`,
    );
    await ok('manager_east', 'POST', `/api/approvals/${latestRequestId}/reject`, { comment: '请附照片' });
    const rejected = await ok('rep01', 'GET', `/api/returns/${ex.id}`);
    expect(rejected).toMatchObject({ status: 'rejected', canEdit: true, creditNote: null });
    expect(await customerDebt(t.database.db, c.customerId, today)).toEqual(before);
    await ok('rep01', 'PATCH', `/api/returns/${ex.id}`, { reason: '型号发错，换货（附照片）' });
    expect((await ok('rep01', 'POST', `/api/returns/${ex.id}/submit`)).status).toBe('reviewing');

    // Another contract's order cannot be named; rep02 does not see the return.
    const { contract: other } = await contract(100_000n);
    const wrongOrder = await call('rep01', 'POST', '/api/returns', {
      kind: 'exchange',
      contractId: other.id,
      orderId: order.id,
      reason: 'x',
    });
    expect(Object.keys(wrongOrder.json().error.fields)).toEqual(['orderId']);
    expect((await call('rep02', 'GET', `/api/returns/${ex.id}`)).statusCode).toBe(404);
  });

  it('every order and return write is audited', async () => {
    const { contract: c } = await contract();
    const order = await placeOrder(c.id);
    await ok('rep01', 'PUT', `/api/orders/${order.id}/documents/certificate`, { provided: true });
    const log = await ok('admin', 'GET', '/api/audit?entity=order&pageSize=200');
    const actions = log.items
      .filter((e: { entityId: string }) => e.entityId === order.id)
      .map((e: { action: string }) => e.action)
      .sort();
    expect(actions).toEqual(['order.create', 'order.document']);
  });

  it('Q2C-10: a delivery document scan is kept with the order and marks the document provided', async () => {
    const { contract: c } = await contract();
    const order = await placeOrder(c.id);
    const { payload, headers } = multipartBody({
      fileName: '合格证.pdf',
      content: '%PDF-1.4 cert',
      mimeType: 'application/pdf',
    });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/orders/${order.id}/documents/certificate/file`,
      headers: { ...headers, cookie: cookies.get('rep01')! },
      payload,
    });
    expect(res.statusCode, res.body).toBe(200);
    const cert = res.json().documents.find((d: { kind: string }) => d.kind === 'certificate');
    expect(cert).toMatchObject({ provided: true });
    expect(cert.fileId).not.toBeNull();
    const file = await call('sup_east1', 'GET', `/api/orders/${order.id}/documents/certificate/file`);
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe('%PDF-1.4 cert');
    expect(
      (await call('rep02', 'GET', `/api/orders/${order.id}/documents/certificate/file`)).statusCode,
    ).toBe(404);
    expect((await call('rep01', 'GET', `/api/orders/${order.id}/documents/manual/file`)).statusCode).toBe(
      404,
    );
  });

  it('Q2C-8: credits in review count against the contract amount when another return is submitted', async () => {
    const { contract: c } = await contract(1_000_000n);
    const draft = (creditFen: string) =>
      ok('rep01', 'POST', '/api/returns', { kind: 'return', contractId: c.id, reason: '退货', creditFen });
    const first = await draft('600000');
    const second = await draft('600000');
    await ok('rep01', 'POST', `/api/returns/${first.id}/submit`);
    // Submitted through the approval centre as well as the return's own route: the check is in the flow.
    const viaCentre = await call('rep01', 'POST', '/api/approvals/submit', {
      docType: 'return',
      docId: second.id,
    });
    expect(viaCentre.statusCode).toBe(422);
    expect(viaCentre.json().error.code).toBe('RETURN_CREDIT_EXCEEDS_CONTRACT');
    expect((await ok('rep01', 'GET', `/api/returns/${second.id}`)).status).toBe('draft');
    // Withdrawn, the first one is a draft again and the second may go.
    const { latestRequestId } = await ok(
      'rep01',
      'GET',
      `/api/approvals/history?docType=return&docId=${first.id}`,
    );
    await ok('rep01', 'POST', `/api/approvals/${latestRequestId}/withdraw`);
    expect((await ok('rep01', 'GET', `/api/returns/${first.id}`)).status).toBe('draft');
    expect((await ok('rep01', 'POST', `/api/returns/${second.id}/submit`)).status).toBe('reviewing');
  });

  it.runIf(process.env.DATABASE_URL)(
    'Q2C-8: two returns submitted at the same moment cannot together credit more than the contract amount',
    async () => {
      const { contract: c } = await contract(1_000_000n);
      const drafts = [];
      for (const reason of ['退货一', '退货二'])
        drafts.push(
          await ok('rep01', 'POST', '/api/returns', {
            kind: 'return',
            contractId: c.id,
            reason,
            creditFen: '600000',
          }),
        );
      const answers = await Promise.all(
        drafts.map((d) => call('rep01', 'POST', `/api/returns/${d.id}/submit`)),
      );
      expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 422]);
    },
  );
});
