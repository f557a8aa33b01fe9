import { eq, sql } from 'drizzle-orm';
import type { TestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { fromWallTime } from '../../platform/deadlines/calendar.js';
import { users } from '../../platform/org/tables.js';

let n = 0;

async function user(t: TestApp, username: string) {
  const [u] = await t.database.db.select().from(users).where(eq(users.username, username));
  if (!u) throw new Error(`no user ${username}`);
  return u;
}

/** Shanghai wall time → instant: `at('2026-02-28', 23, 30)`. */
export function at(day: string, hour: number, minute = 0): Date {
  const [year, month, d] = day.split('-').map(Number) as [number, number, number];
  return fromWallTime({ year, month, day: d, hour, minute, second: 0, ms: 0 }, 'Asia/Shanghai');
}

/** A customer of the rep (a fixture of the customer file). */
async function customerOf(t: TestApp, repId: string, unitId: string): Promise<string> {
  n += 1;
  const name = `统计测试客户${n}号有限公司`;
  const [c] = await queryRows<{ id: string }>(
    t.database.db,
    sql`insert into customers (name, name_key, level, lifecycle, type, unit_id, owner_id, owned_since)
      values (${name}, ${`${name}-${n}`}, 'B', 'customer', 'existing', ${unitId}, ${repId}, ${t.clock.now().toISOString()})
      returning id::text as id`,
  );
  return c!.id;
}

/**
 * A visit of the rep (a fixture of the visits module): done when `checkOut` is given (checked in
 * an hour before), else planned, or cancelled.
 */
export async function visitOf(
  t: TestApp,
  username: string,
  v: { on: string; checkOut?: Date; status?: 'planned' | 'cancelled' },
): Promise<void> {
  const rep = await user(t, username);
  const customerId = await customerOf(t, rep.id, rep.unitId);
  // Written as SQL: the visits module publishes no table for writing (a fixture, as a test may arrange).
  const done = v.checkOut !== undefined;
  const checkIn = done ? new Date(v.checkOut!.getTime() - 3_600_000).toISOString() : null;
  await t.database.db.execute(sql`insert into visits
      (rep_id, unit_id, customer_id, purpose, status, planned_on, check_in_at, check_in_location,
       check_out_at, check_out_location, created_by)
    values (${rep.id}, ${rep.unitId}, ${customerId}, 'maintenance', ${done ? 'done' : (v.status ?? 'planned')},
      ${v.on}, ${checkIn}, ${done ? 'ok' : null}, ${done ? v.checkOut!.toISOString() : null},
      ${done ? 'ok' : null}, ${rep.id})`);
}

/**
 * An entry of the first-contact register (a fixture of the inquiries module), recorded by
 * `recordedBy` and, when given, assigned to `assignee` (the unit is the assignee's, else the
 * recorder's — as createInquiry books it).
 */
export async function inquiryOf(
  t: TestApp,
  e: { recordedBy: string; assignee?: string; on: string; channel: 'phone' | 'web' | 'visit' },
): Promise<void> {
  const recorder = await user(t, e.recordedBy);
  const assignee = e.assignee ? await user(t, e.assignee) : null;
  n += 1;
  const year = Number(e.on.slice(0, 4));
  await t.database.db.execute(sql`insert into inquiries
      (year, seq, number, name, contact, inquiry, contact_date, channel, recorded_by, unit_id, assignee_id, created_by)
    values (${year}, ${9000 + n}, ${`${year}-${String(9000 + n).padStart(6, '0')}`}, ${`来电客户${n}`},
      '13800000000', '询问设备价格', ${e.on}, ${e.channel}, ${recorder.id}, ${assignee?.unitId ?? recorder.unitId},
      ${assignee?.id ?? null}, ${recorder.id})`);
}

export { sessions } from '../../../test/sessions.js';
