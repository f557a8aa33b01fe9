import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../src/db/client.js';
import { fromWallTime } from '../src/platform/deadlines/calendar.js';
import { users } from '../src/platform/org/tables.js';
import type { TestApp } from './test-app.js';

// Fixtures of other modules' records, written as SQL (a test may arrange them; the modules'
// own use cases are tested in their folders).

let n = 0;
const next = () => {
  n += 1;
  return n;
};

/** Shanghai wall time → instant: `at('2026-03-03', 10, 30)`. */
export function at(day: string, hour: number, minute = 0): Date {
  const [year, month, d] = day.split('-').map(Number) as [number, number, number];
  return fromWallTime({ year, month, day: d, hour, minute, second: 0, ms: 0 }, 'Asia/Shanghai');
}

export async function person(t: TestApp, username: string) {
  const [u] = await t.database.db.select().from(users).where(eq(users.username, username));
  if (!u) throw new Error(`no user ${username}`);
  return u;
}

/** A customer owned by the rep, created at `createdAt`. */
export async function customerOf(t: TestApp, username: string, createdAt: Date): Promise<string> {
  const rep = await person(t, username);
  const i = next();
  const name = `日报测试客户${i}号有限公司`;
  const [c] = await queryRows<{ id: string }>(
    t.database.db,
    sql`insert into customers (name, name_key, level, lifecycle, type, unit_id, owner_id, owned_since, created_at, updated_at)
      values (${name}, ${`${name}-${i}`}, 'B', 'customer', 'existing', ${rep.unitId}, ${rep.id},
        ${createdAt.toISOString()}, ${createdAt.toISOString()}, ${createdAt.toISOString()})
      returning id::text as id`,
  );
  return c!.id;
}

export async function inquiryOf(t: TestApp, e: { recordedBy: string; assignee?: string; on: string }) {
  const recorder = await person(t, e.recordedBy);
  const assignee = e.assignee ? await person(t, e.assignee) : null;
  const i = next();
  await t.database.db.execute(sql`insert into inquiries
      (year, seq, number, name, contact, inquiry, contact_date, channel, recorded_by, unit_id, assignee_id, created_by)
    values (2026, ${8000 + i}, ${`2026-${String(8000 + i).padStart(6, '0')}`}, ${`来电客户${i}`},
      '13800000000', '询问设备价格', ${e.on}, 'phone', ${recorder.id}, ${assignee?.unitId ?? recorder.unitId},
      ${assignee?.id ?? null}, ${recorder.id})`);
}

/** A visit: done (checked out at `checkOut`), planned or cancelled on `on`. */
export async function visitOf(
  t: TestApp,
  username: string,
  v: {
    on: string;
    status: 'done' | 'planned' | 'cancelled' | 'in_progress';
    checkIn?: Date;
    checkOut?: Date;
  },
) {
  const rep = await person(t, username);
  const customerId = await customerOf(t, username, at('2026-01-05', 9));
  await t.database.db.execute(sql`insert into visits
      (rep_id, unit_id, customer_id, purpose, status, planned_on, check_in_at, check_in_location, check_out_at, check_out_location, created_by)
    values (${rep.id}, ${rep.unitId}, ${customerId}, 'maintenance', ${v.status}, ${v.on},
      ${v.checkIn?.toISOString() ?? null}, ${v.checkIn ? 'ok' : null},
      ${v.checkOut?.toISOString() ?? null}, ${v.checkOut ? 'ok' : null}, ${rep.id})`);
}

export async function quoteOf(t: TestApp, username: string, sentAt: Date) {
  const rep = await person(t, username);
  const customerId = await customerOf(t, username, at('2026-01-05', 9));
  const i = next();
  await t.database.db.execute(sql`insert into quotes
      (number, customer_id, owner_id, unit_id, status, tax_rate_pct, valid_until, sent_at)
    values (${`DR-Q-${i}`}, ${customerId}, ${rep.id}, ${rep.unitId}, 'sent', 13, '2026-12-31', ${sentAt.toISOString()})`);
}

/** A signed contract (signed at `signedAt`) and, when `orderAt` is given, its order made then. */
export async function contractOf(
  t: TestApp,
  username: string,
  signedAt: Date,
  orderAt?: Date,
): Promise<string> {
  const rep = await person(t, username);
  const customerId = await customerOf(t, username, at('2026-01-05', 9));
  const i = next();
  const [c] = await queryRows<{ id: string }>(
    t.database.db,
    sql`insert into contracts (number, kind, customer_id, title, owner_id, unit_id, amount_fen, status, signed_on, signed_at)
      values (${`DR-C-${i}`}, 'main', ${customerId}, ${`日报测试合同${i}`}, ${rep.id}, ${rep.unitId}, 1000000, 'signed',
        ${signedAt.toISOString().slice(0, 10)}, ${signedAt.toISOString()})
      returning id::text as id`,
  );
  if (orderAt) {
    await t.database.db.execute(sql`insert into orders (number, contract_id, customer_id, owner_id, unit_id, created_at, updated_at)
      values (${`DR-O-${i}`}, ${c!.id}, ${customerId}, ${rep.id}, ${rep.unitId}, ${orderAt.toISOString()}, ${orderAt.toISOString()})`);
  }
  return c!.id;
}

/** A payment of the rep's customer: confirmed at `confirmedAt`, or pending. */
export async function paymentOf(
  t: TestApp,
  username: string,
  p: { amountFen: bigint; confirmedAt?: Date; receivedOn: string },
) {
  const rep = await person(t, username);
  const customerId = await customerOf(t, username, at('2026-01-05', 9));
  const i = next();
  await t.database.db.execute(sql`insert into payments
      (number, customer_id, owner_id, unit_id, method, amount_fen, received_on, payer, status, confirmed_at)
    values (${`DR-P-${i}`}, ${customerId}, ${rep.id}, ${rep.unitId}, 'bank_transfer', ${p.amountFen.toString()},
      ${p.receivedOn}, '付款单位', ${p.confirmedAt ? 'confirmed' : 'pending'}, ${p.confirmedAt?.toISOString() ?? null})`);
}

/** A recorded business trip of the rep. */
export async function tripOf(t: TestApp, username: string, from: string, to: string) {
  const rep = await person(t, username);
  await t.database.db.execute(sql`insert into visit_trips (rep_id, unit_id, destination, purpose, departs_on, returns_on, status)
    values (${rep.id}, ${rep.unitId}, '苏州', '客户走访', ${from}, ${to}, 'away')`);
}

export { sessions } from './sessions.js';
