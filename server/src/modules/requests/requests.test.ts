import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';

describe('general requests (通用申请)', async () => {
  const t = await createTestApp();
  const cookies = new Map<string, string>();
  const call = async (u: string, method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown) => {
    if (!cookies.has(u)) cookies.set(u, await t.login(u));
    return t.request(method, url, { cookie: cookies.get(u)!, ...(body !== undefined ? { body } : {}) });
  };
  const create = async (u: string, body: object) => {
    const res = await call(u, 'POST', '/api/requests', {
      title: 'Samples',
      content: 'Ship samples',
      ...body,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const titles = async (u: string, query = '') =>
    (await call(u, 'GET', `/api/requests?pageSize=200${query}`))
      .json()
      .items.map((i: { title: string }) => i.title);

  it('money travels as exact fen strings; a float is refused at the edge', async () => {
    const r = await create('rep01', { title: 'Big', amountFen: '123456789012345' });
    expect(r).toMatchObject({ amountFen: '123456789012345', status: 'draft', canEdit: true });
    const bad = await call('rep01', 'POST', '/api/requests', { title: 'x', content: 'y', amountFen: '12.5' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['amountFen']);
  });

  it('ORG-5/ORG-3: a request is read by its writer and the chain above; others get 404', async () => {
    const r = await create('rep04', { title: 'Rep04 only' });
    expect(await titles('rep04')).toContain('Rep04 only');
    expect(await titles('sup_east2')).toContain('Rep04 only');
    expect(await titles('director')).toContain('Rep04 only');
    expect(await titles('sup_east1')).not.toContain('Rep04 only');
    expect(await titles('rep05')).not.toContain('Rep04 only');
    expect((await call('sup_east1', 'GET', `/api/requests/${r.id}`)).statusCode).toBe(404);
    expect(await titles('sup_east2', '&whose=mine')).not.toContain('Rep04 only');
  });

  it('only the writer edits; an approved request is final', async () => {
    const r = await create('rep02', { amountFen: '100' });
    const bySup = await call('sup_east1', 'PATCH', `/api/requests/${r.id}`, { title: 'Nope' });
    expect(bySup.statusCode).toBe(403);
    const submitted = await call('rep02', 'POST', '/api/approvals/submit', {
      docType: 'general_request',
      docId: r.id,
    });
    const requestId = submitted.json().latestRequestId;
    expect((await call('sup_east1', 'POST', `/api/approvals/${requestId}/approve`, {})).statusCode).toBe(200);
    expect((await call('manager_east', 'POST', `/api/approvals/${requestId}/approve`, {})).statusCode).toBe(
      200,
    );
    const detail = (await call('rep02', 'GET', `/api/requests/${r.id}`)).json();
    expect(detail).toMatchObject({ status: 'approved', canEdit: false });
    expect((await call('rep02', 'PATCH', `/api/requests/${r.id}`, { title: 'Later' })).statusCode).toBe(409);
    const again = await call('rep02', 'POST', '/api/approvals/submit', {
      docType: 'general_request',
      docId: r.id,
    });
    expect(again.json().error.code).toBe('APPROVAL_ALREADY_APPROVED');
  });

  it('every write is audited', async () => {
    const r = await create('rep03', {});
    await call('rep03', 'PATCH', `/api/requests/${r.id}`, { content: 'More detail' });
    const log = await call('admin', 'GET', `/api/audit?entity=general_request&pageSize=200`);
    const actions = log
      .json()
      .items.filter((e: { entityId: string }) => e.entityId === r.id)
      .map((e: { action: string }) => e.action)
      .sort();
    expect(actions).toEqual(['request.create', 'request.update']);
  });
});
