import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestApp } from '../../../../test/test-app.js';
import { loadActor } from '../../../platform/access/actor.js';
import { type Ctx, inTx } from '../../../platform/context.js';
import { localDate } from '../../../platform/deadlines/calendar.js';
import { emit } from '../../../platform/events/domain-events.js';
import { users } from '../../../platform/org/tables.js';
import { customers } from '../../customers/index.js';
import { visits } from '../tables.js';
import { visitDone } from '../visit-events.js';

let n = 0;

/**
 * A visit the user made and checked out at `checkOutAt`, on a customer of their own, done the way
 * check-out does it: the visit row done, then `visit.done` emitted in the same transaction.
 */
export async function doneVisit(
  t: TestApp,
  username: string,
  checkOutAt: Date,
): Promise<{ visitId: string; customerId: string; customerName: string }> {
  const db = t.database.db;
  const [rep] = await db.select().from(users).where(eq(users.username, username));
  n += 1;
  const customerName = `拜访报告测试客户${n}号有限公司`;
  const [customer] = await db
    .insert(customers)
    .values({
      name: customerName,
      nameKey: `${customerName}-${n}`,
      level: 'B',
      lifecycle: 'customer',
      type: 'existing',
      unitId: rep!.unitId,
      ownerId: rep!.id,
      ownedSince: t.clock.now(),
    })
    .returning({ id: customers.id });
  const ctx: Ctx = {
    db,
    clock: t.clock,
    actor: await loadActor(db, rep!.id),
    requestId: 'test',
    ip: null,
    userAgent: null,
    lang: 'zh-CN',
  };
  const visitId = await inTx(ctx, async (tx) => {
    const [visit] = await tx
      .insert(visits)
      .values({
        repId: rep!.id,
        unitId: rep!.unitId,
        customerId: customer!.id,
        purpose: 'maintenance',
        status: 'done',
        plannedOn: localDate(checkOutAt, 'Asia/Shanghai'),
        checkInAt: new Date(checkOutAt.getTime() - 3_600_000),
        checkInLocation: 'denied',
        checkOutAt,
        checkOutLocation: 'denied',
        createdAt: t.clock.now(),
        updatedAt: t.clock.now(),
        createdBy: rep!.id,
      })
      .returning({ id: visits.id });
    await emit(tx, ctx, visitDone, {
      visitId: visit!.id,
      repId: rep!.id,
      unitId: rep!.unitId,
      customerId: customer!.id,
      checkOutAt,
    });
    return visit!.id;
  });
  return { visitId, customerId: customer!.id, customerName };
}

/** Signed-in calls as demo users, one session each, signed in again when the clock jumped. */
export function callers(t: TestApp) {
  const cookies = new Map<string, string>();
  const call = async (
    u: string,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    body?: unknown,
    lang?: string,
  ) => {
    if (!cookies.has(u)) cookies.set(u, await t.login(u));
    let res = await t.request(method, url, {
      cookie: cookies.get(u)!,
      ...(body !== undefined ? { body } : {}),
      ...(lang ? { lang } : {}),
    });
    if (res.statusCode === 401) {
      cookies.set(u, await t.login(u));
      res = await t.request(method, url, {
        cookie: cookies.get(u)!,
        ...(body !== undefined ? { body } : {}),
        ...(lang ? { lang } : {}),
      });
    }
    return res;
  };
  const ok = async (u: string, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) => {
    const res = await call(u, method, url, body);
    expect(res.statusCode, `${method} ${url} as ${u}: ${res.body}`).toBe(200);
    return res.json();
  };
  /** Runs the deadline job now (business clock), as the administrator. */
  const runDeadlines = async () => {
    const res = await call('admin', 'POST', '/api/jobs/deadlines.escalate/run', {});
    expect(res.statusCode, res.body).toBe(200);
  };
  return { call, ok, runDeadlines };
}
