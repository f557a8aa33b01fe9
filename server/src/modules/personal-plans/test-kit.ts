import { eq, isNull } from 'drizzle-orm';
import type { TestApp } from '../../../test/test-app.js';
import { units, users } from '../../platform/org/tables.js';
import { customers } from '../customers/index.js';
import { opportunities } from '../opportunities/index.js';
import { type TargetMetric, targetLines, targetSets } from '../targets/index.js';

let n = 0;

async function userRow(t: TestApp, username: string) {
  const [u] = await t.database.db.select().from(users).where(eq(users.username, username));
  return u!;
}

/** A customer owned by the user, in the user's unit (a fixture of the customer file). */
export async function customerOf(t: TestApp, username: string, name?: string): Promise<string> {
  const owner = await userRow(t, username);
  n += 1;
  const label = name ?? `计划测试客户${n}号有限公司`;
  const [c] = await t.database.db
    .insert(customers)
    .values({
      name: label,
      nameKey: `${label}-${n}`,
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

/** An opportunity of the user's on a customer (a fixture of the pipeline). */
export async function opportunityOf(
  t: TestApp,
  username: string,
  customerId: string,
  o: {
    name: string;
    amountFen: bigint;
    stage?: 'lead' | 'needs' | 'solution' | 'negotiation' | 'won' | 'lost';
  },
): Promise<string> {
  const owner = await userRow(t, username);
  const [row] = await t.database.db
    .insert(opportunities)
    .values({
      customerId,
      name: o.name,
      stage: o.stage ?? 'negotiation',
      amountFen: o.amountFen,
      ownerId: owner.id,
      unitId: owner.unitId,
      stageChangedAt: t.clock.now(),
    })
    .returning({ id: opportunities.id });
  return row!.id;
}

/**
 * Approved targets of people for a year (a fixture of the target tree, which the targets module
 * writes through its split approval): one approved set of the root unit per metric, with the
 * people's lines for the periods given.
 */
export async function approvedTargets(
  t: TestApp,
  metric: TargetMetric,
  lines: { username: string; period: string; value: bigint }[],
): Promise<void> {
  const db = t.database.db;
  const [root] = await db.select().from(units).where(isNull(units.parentId));
  const [set] = await db
    .insert(targetSets)
    .values({
      unitId: root!.id,
      year: 2026,
      metric,
      version: 1,
      status: 'approved',
      approvedAt: t.clock.now(),
    })
    .returning();
  for (const l of lines) {
    const u = await userRow(t, l.username);
    await db
      .insert(targetLines)
      .values({ setId: set!.id, subjectType: 'user', subjectId: u.id, period: l.period, value: l.value });
  }
}

export { sessions, setPolicyValue } from '../../../test/sessions.js';
