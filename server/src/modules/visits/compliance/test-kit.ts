import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { TestApp } from '../../../../test/test-app.js';
import { users } from '../../../platform/org/tables.js';
import { customers } from '../../customers/index.js';
import { visitCommitments, visitReports, visits } from '../tables.js';

let n = 0;

/** A user of the demo company by username: id and unit. */
export async function person(t: TestApp, username: string): Promise<{ id: string; unitId: string }> {
  const [u] = await t.database.db
    .select({ id: users.id, unitId: users.unitId })
    .from(users)
    .where(eq(users.username, username));
  if (!u) throw new Error(`no user ${username}`);
  return u;
}

/** A customer owned by the user, in the user's unit. */
export async function customerOf(t: TestApp, username: string): Promise<string> {
  const owner = await person(t, username);
  n += 1;
  const name = `拜访测试客户${n}号有限公司`;
  const [c] = await t.database.db
    .insert(customers)
    .values({
      name,
      nameKey: `${name}-${n}`,
      level: 'B',
      lifecycle: 'customer',
      type: 'existing',
      unitId: owner.unitId,
      ownerId: owner.id,
      ownedSince: t.clock.now(),
    })
    .returning({ id: customers.id });
  return c!.id;
}

/** A wall-clock time in Shanghai (the demo company's zone, UTC+8) as an instant. */
export const cst = (local: string): Date => new Date(`${local}+08:00`);

export interface SeedVisit {
  rep: string;
  customerId: string;
  plannedOn: string;
  /** From a plan line (a fresh line id), or ad hoc. */
  fromPlan?: boolean;
  plannedMinutes?: number;
  status?: 'planned' | 'prepared' | 'in_progress' | 'done' | 'cancelled';
  cancelReason?: string;
  /** Shanghai wall-clock times. */
  checkIn?: string;
  checkOut?: string;
  report?: { dueAt: string; submittedAt?: string };
}

/** A visit row as the visit core writes it (seeded directly: this part only reads them). */
export async function seedVisit(t: TestApp, v: SeedVisit): Promise<string> {
  const rep = await person(t, v.rep);
  const [row] = await t.database.db
    .insert(visits)
    .values({
      repId: rep.id,
      unitId: rep.unitId,
      customerId: v.customerId,
      planLineId: v.fromPlan ? randomUUID() : null,
      purpose: 'maintenance',
      status: v.status ?? (v.checkOut ? 'done' : 'planned'),
      plannedOn: v.plannedOn,
      plannedMinutes: v.plannedMinutes ?? 60,
      cancelReason: v.cancelReason ?? null,
      checkInAt: v.checkIn ? cst(v.checkIn) : null,
      checkInLocation: v.checkIn ? 'denied' : null,
      checkOutAt: v.checkOut ? cst(v.checkOut) : null,
      checkOutLocation: v.checkOut ? 'denied' : null,
    })
    .returning({ id: visits.id });
  if (v.report) {
    await t.database.db.insert(visitReports).values({
      visitId: row!.id,
      authorId: rep.id,
      status: v.report.submittedAt ? 'submitted' : 'draft',
      dueAt: cst(v.report.dueAt),
      submittedAt: v.report.submittedAt ? cst(v.report.submittedAt) : null,
    });
  }
  return row!.id;
}

/** A commitment made in a visit (VIS-6), owned by `owner`. */
export async function seedCommitment(
  t: TestApp,
  c: {
    visitId: string;
    owner: string;
    dueAt: string;
    status: 'open' | 'done' | 'confirmed' | 'cancelled';
    doneAt?: string;
    confirmedAt?: string;
  },
): Promise<void> {
  const owner = await person(t, c.owner);
  await t.database.db.insert(visitCommitments).values({
    visitId: c.visitId,
    content: '寄送样品',
    ownerId: owner.id,
    dueAt: cst(c.dueAt),
    checkMethod: '客户确认收货',
    status: c.status,
    doneAt: c.doneAt ? cst(c.doneAt) : null,
    confirmedAt: c.confirmedAt ? cst(c.confirmedAt) : null,
  });
}
