import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestApp } from '../../../test/test-app.js';
import { auditLog } from '../../platform/audit/tables.js';
import type { Ctx } from '../../platform/context.js';

/** A 1×1 PNG, as a phone camera's image would arrive (content, not just the name, says PNG). */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
/** The phone's position in Shanghai, as the browser reports it. */
export const HERE = { location: 'ok', lat: 31.2304, lng: 121.4737, accuracyM: 20.4 };
/** The company's today at the test clock (TEST_NOW). */
export const TODAY = '2026-03-02';

export type Visit = {
  id: string;
  status: string;
  preApproval: string;
  checkIn: {
    at: string;
    location: string;
    lat: number | null;
    lng: number | null;
    accuracyM: number | null;
  } | null;
  checkOut: { at: string; location: string; lat: number | null } | null;
  minutesSpent: number | null;
  actions: Record<string, boolean>;
  people: { id: string; name: string; title: string | null; contactId: string | null }[];
  photos: { id: string; fileName: string; mimeType: string }[];
};

type Method = 'GET' | 'POST' | 'DELETE';

/** Sessions per user, customers and visits made through the API, the audit trail of a record. */
export function visitTestKit(t: TestApp) {
  const cookies = new Map<string, string>();
  const as = async (u: string) => {
    if (!cookies.has(u)) cookies.set(u, await t.login(u));
    return cookies.get(u)!;
  };
  const call = async (u: string, method: Method, url: string, body?: unknown) =>
    t.request(method, url, { cookie: await as(u), ...(body !== undefined ? { body } : {}) });
  const ok = async (u: string, method: Method, url: string, body?: unknown) => {
    const res = await call(u, method, url, body);
    expect(res.statusCode, `${method} ${url} as ${u}: ${res.body}`).toBe(200);
    return res.json();
  };
  /** Moves the business clock; sessions idle that long have ended, so everyone signs in again. */
  const advance = (ms: number) => {
    t.clock.advance(ms);
    cookies.clear();
  };
  let n = 0;
  /** A customer of the user's own, with one contact (采购经理). */
  const customerOf = async (u: string) => {
    n += 1;
    const created = await ok(u, 'POST', '/api/customers', {
      name: `拜访测试客户${n}号有限公司`,
      level: 'B',
      contact: { name: `联系人${n}`, title: '采购经理', phones: [`1380000${String(1000 + n)}`] },
    });
    return created.customer.id as string;
  };
  /** An ad hoc visit for today, 90 minutes of customer maintenance. */
  const visitFor = async (u: string, customerId?: string): Promise<Visit> =>
    ok(u, 'POST', '/api/visits', {
      customerId: customerId ?? (await customerOf(u)),
      purpose: 'maintenance',
      plannedOn: TODAY,
      plannedMinutes: 90,
      note: '季度回访',
    });
  const ctxOf = (actor: Ctx['actor']): Ctx => ({
    db: t.database.db,
    clock: t.clock,
    actor,
    requestId: 'test',
    ip: null,
    userAgent: null,
    lang: 'zh-CN',
  });
  const auditActions = async (id: string) =>
    (await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, id))).map((r) => r.action);
  return { as, call, ok, advance, customerOf, visitFor, ctxOf, auditActions };
}
