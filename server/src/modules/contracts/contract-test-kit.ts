import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { multipartBody } from '../../../test/multipart.js';
import type { TestApp } from '../../../test/test-app.js';
import { users } from '../../platform/org/tables.js';
import { customers } from '../customers/index.js';

/** Test helpers for contracts through the HTTP routes (signed-in demo users, their cookies kept). */
export function contractKit(t: TestApp) {
  const cookies = new Map<string, string>();
  const call = async (
    u: string,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
  ) => {
    if (!cookies.has(u)) cookies.set(u, await t.login(u));
    const send = () =>
      t.request(method, url, { cookie: cookies.get(u)!, ...(body !== undefined ? { body } : {}) });
    const res = await send();
    if (res.statusCode !== 401) return res;
    // The business clock moved past the session's idle time: sign in again.
    cookies.set(u, await t.login(u));
    return send();
  };
  const ok = async (
    u: string,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
  ) => {
    const res = await call(u, method, url, body);
    expect(res.statusCode, `${method} ${url} as ${u}: ${res.body}`).toBe(200);
    return res.json();
  };

  /** A customer owned by a demo user, written straight to the table. */
  const customer = async (owner: string, name: string) => {
    const ownerId = await t.userId(owner);
    const [u] = await t.database.db.select({ unitId: users.unitId }).from(users).where(eq(users.id, ownerId));
    const [row] = await t.database.db
      .insert(customers)
      .values({ name, nameKey: name, unitId: u!.unitId, level: 'B', ownerId, ownedSince: t.clock.now() })
      .returning();
    return row!.id;
  };

  const uploadScan = async (u: string, id: string, name = 'signed.pdf') => {
    cookies.set(u, await t.login(u));
    const mp = multipartBody({ fileName: name, content: '%PDF-1.4 signed', mimeType: 'application/pdf' });
    return t.app.inject({
      method: 'POST',
      url: `/api/contracts/${id}/scan`,
      headers: { cookie: cookies.get(u)!, ...mp.headers },
      payload: mp.payload,
    });
  };

  /** The approvers of the latest round, in order (usernames). */
  const approvers = async (owner: string, id: string, docType = 'contract'): Promise<string[]> => {
    const h = await ok(owner, 'GET', `/api/approvals/history?docType=${docType}&docId=${id}`);
    const round = h.rounds.find((r: { requestId: string }) => r.requestId === h.latestRequestId);
    return round.steps.map((s: { approver: { username: string } }) => s.approver.username);
  };

  /** Every approver of the latest round agrees, in order. */
  const approveAll = async (owner: string, id: string, docType = 'contract') => {
    const h = await ok(owner, 'GET', `/api/approvals/history?docType=${docType}&docId=${id}`);
    const round = h.rounds.find((r: { requestId: string }) => r.requestId === h.latestRequestId);
    for (const s of round.steps as { approver: { username: string } }[]) {
      await ok(s.approver.username, 'POST', `/api/approvals/${round.requestId}/approve`, {});
    }
  };

  /** Draft → submitted → approved → scan → entered (assistant_east) [→ plan approved] → verified (finance). */
  const sign = async (
    owner: string,
    body: Record<string, unknown>,
    signedOn: string,
    opts: { instalments?: { dueDate: string; amountFen: string }[] } = {},
  ) => {
    const c = await ok(owner, 'POST', '/api/contracts', body);
    await ok(owner, 'POST', `/api/contracts/${c.id}/submit`);
    await approveAll(owner, c.id);
    expect((await uploadScan('assistant_east', c.id)).statusCode).toBe(200);
    const entered = await ok('assistant_east', 'POST', `/api/contracts/${c.id}/enter`, {
      signedOn,
      ...(opts.instalments ? { instalments: opts.instalments } : {}),
    });
    // AR-1: a split beyond the collection period is approved (manager, then finance) first.
    if (entered.status === 'plan_review') await approveAll('assistant_east', c.id, 'signing_plan');
    return ok('finance', 'POST', `/api/contracts/${c.id}/verify`, {});
  };

  return { call, ok, customer, uploadScan, approvers, approveAll, sign };
}
