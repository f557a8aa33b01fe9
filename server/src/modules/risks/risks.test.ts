import { and, eq, ne } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedContractFixture } from '../../../test/money-fixtures.js';
import { sessions } from '../../../test/sessions.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { deadlineJob } from '../../platform/deadlines/job.js';
import { dueItems } from '../../platform/deadlines/tables.js';
import { executeJob } from '../../platform/jobs/runner.js';
import { notifications } from '../../platform/notifications/tables.js';
import { users } from '../../platform/org/tables.js';
import { timelineEvents } from '../../platform/timeline/tables.js';
import { customers } from '../customers/index.js';
import { riskReconcileJob } from './job.js';
import { reconcileCustomerRisks } from './reconcile.js';
import type { TRisk, TRiskHeatmap, TRiskRow } from './schemas.js';
import { risks } from './tables.js';

let t: TestApp;
let s: ReturnType<typeof sessions>;
const id: Record<string, string> = {};

/** A customer owned by a demo user, written straight to the table. */
async function customer(owner: string, name: string) {
  const ownerId = await t.userId(owner);
  const [u] = await t.database.db.select({ unitId: users.unitId }).from(users).where(eq(users.id, ownerId));
  const [row] = await t.database.db
    .insert(customers)
    .values({ name, nameKey: name, unitId: u!.unitId, level: 'B', ownerId, ownedSince: t.clock.now() })
    .returning();
  return row!.id;
}

const systemRisks = (customerId: string) =>
  t.database.db
    .select()
    .from(risks)
    .where(and(eq(risks.customerId, customerId), eq(risks.source, 'system')));

const setLimit = (customerId: string, fen: string) =>
  s.ok('finance', 'PUT', `/api/customers/${customerId}/credit`, {
    creditLimitFen: fen,
    creditRating: 'B',
    reason: '年度授信',
  });

const systemCtx = (): Ctx => ({
  db: t.database.db,
  clock: t.clock,
  actor: null,
  requestId: 't',
  ip: null,
  userAgent: null,
  lang: 'zh-CN',
});

beforeAll(async () => {
  t = await createTestApp();
  s = sessions(t);
  t.clock.set(new Date('2026-03-02T01:00:00Z'));
  for (const u of ['rep01', 'sup_east1', 'manager_east']) id[u] = await t.userId(u);
});

describe('RISK-1: the risk register', () => {
  it('RISK-1 (CUS-9): a customer going over its credit limit raises a credit risk, and paying down closes it', async () => {
    const customerId = await customer('rep01', '远航重工');
    const { contract } = await signedContractFixture(t.database, t.clock, {
      ownerUsername: 'rep01',
      customerId,
      amountFen: 1_000_000n,
      signedOn: '2026-03-02',
    });
    // Owes 10,000.00; finance sets the limit at 5,000.00: over it.
    await setLimit(customerId, '500000');
    const [raised] = await systemRisks(customerId);
    expect(raised).toMatchObject({
      status: 'open',
      signal: 'over_limit',
      category: 'customer_credit',
      ownerId: id.sup_east1, // the customer owner's superior (risk.creditOwner)
    });
    const list = await s.ok<{ items: TRiskRow[] }>(
      'manager_east',
      'GET',
      `/api/risks?customerId=${customerId}`,
    );
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ source: 'system', level: 'medium', customer: { id: customerId } });
    // The owner's review is a due item; the customer's timeline shows the risk.
    const [due] = await t.database.db
      .select()
      .from(dueItems)
      .where(and(eq(dueItems.subjectId, raised!.id), eq(dueItems.status, 'open')));
    expect(due).toMatchObject({ kind: 'risk.review', ownerId: id.sup_east1 });
    const timeline = await t.database.db
      .select()
      .from(timelineEvents)
      .where(and(eq(timelineEvents.subjectId, customerId), eq(timelineEvents.kind, 'risk.raised')));
    expect(timeline).toHaveLength(1);

    // The customer pays 6,000.00: it owes 4,000.00, under the limit.
    const paid = await s.ok('rep01', 'POST', '/api/payments', {
      method: 'cash',
      receivedOn: '2026-03-02',
      payer: '客户财务部',
      customerId,
      contractId: contract.id,
      amountFen: '600000',
    });
    await s.ok('finance', 'POST', `/api/payments/${paid.id}/confirm`, {});
    const after = await s.ok<TRisk>('sup_east1', 'GET', `/api/risks/${raised!.id}`);
    expect(after.status).toBe('closed');
    expect(after.closedNote).toMatch(/^系统已解除/);
    expect(after.revisions.map((r) => r.action)).toEqual(['risk.resolve', 'risk.raise']);
    const [closedDue] = await t.database.db.select().from(dueItems).where(eq(dueItems.id, due!.id));
    expect(closedDue?.status).toBe('closed');
  });

  it('RISK-1: reconciling a customer or running the daily job twice leaves one open risk per customer and signal', async () => {
    const customerId = await customer('rep01', '北辰机械');
    await signedContractFixture(t.database, t.clock, {
      ownerUsername: 'rep01',
      customerId,
      amountFen: 300_000n,
      signedOn: '2026-03-02',
    });
    await setLimit(customerId, '100000');
    const ctx = systemCtx();
    await inTx(ctx, (tx) => reconcileCustomerRisks(tx, ctx, customerId));
    await inTx(ctx, (tx) => reconcileCustomerRisks(tx, ctx, customerId));
    await executeJob(t.database.db, t.clock, riskReconcileJob, t.clock.now(), 'test');
    await executeJob(t.database.db, t.clock, riskReconcileJob, t.clock.now(), 'test');
    const open = await t.database.db
      .select()
      .from(risks)
      .where(and(eq(risks.customerId, customerId), ne(risks.status, 'closed')));
    expect(open).toHaveLength(1);
    // The heat map counts it in its cell (likelihood 3 × impact 3 by default).
    const heat = await s.ok<TRiskHeatmap>('director', 'GET', '/api/risks/heatmap');
    expect(heat.cells).toHaveLength(25);
    expect(heat.cells.find((c) => c.likelihood === 3 && c.impact === 3)!.count).toBeGreaterThanOrEqual(1);
  });

  it('RISK-1/ORG-4: a manual risk’s missed review date escalates on the business clock; reviewing sets the next date', async () => {
    t.clock.set(new Date('2026-03-02T01:00:00Z'));
    const made = await s.ok<TRisk>('manager_east', 'POST', '/api/risks', {
      title: '华东区竞品降价，价格体系承压',
      category: 'market',
      likelihood: 4,
      impact: 4,
      ownerId: id.rep01,
      controls: '每周收集竞品报价，调整促销方案',
      reviewOn: '2026-03-05',
    });
    expect(made).toMatchObject({
      number: expect.stringMatching(/^FX-2026-\d{4}$/),
      score: 16,
      level: 'high',
    });
    // Two days past the end of the review day (Shanghai): owner, superior and the next level up told.
    t.clock.set(new Date('2026-03-08T01:00:00Z'));
    await executeJob(t.database.db, t.clock, deadlineJob, t.clock.now(), 'test');
    const told = async (userId: string) =>
      t.database.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, userId), eq(notifications.subjectId, made.id)));
    expect((await told(id.sup_east1!)).length).toBeGreaterThanOrEqual(1);
    expect((await told(id.manager_east!)).length).toBeGreaterThanOrEqual(1);
    const listed = await s.ok<{ items: TRiskRow[] }>('rep01', 'GET', `/api/risks?q=${made.number}`);
    expect(listed.items[0]?.reviewOverdue).toBe(true);

    const reviewed = await s.ok<TRisk>('rep01', 'POST', `/api/risks/${made.id}/review`, {
      note: '竞品降价已持续两周，促销方案已上报',
      nextReviewOn: '2026-04-08',
      status: 'controlled',
    });
    expect(reviewed).toMatchObject({ status: 'controlled', reviewOn: '2026-04-08', reviewOverdue: false });
    expect(reviewed.reviews).toHaveLength(1);
    const open = await t.database.db
      .select()
      .from(dueItems)
      .where(and(eq(dueItems.subjectId, made.id), eq(dueItems.status, 'open')));
    expect(open).toHaveLength(1);
    expect(open[0]!.dueAt.toISOString()).toBe('2026-04-08T15:59:59.999Z');
  });

  it('RISK-1/ORG-5: a rep or supervisor of another team gets 404 for a risk outside their scope', async () => {
    const made = await s.ok<TRisk>('manager_east', 'POST', '/api/risks', {
      title: '大客户合同条款存在违约金风险',
      category: 'contract',
      likelihood: 2,
      impact: 5,
      ownerId: id.rep01,
      reviewOn: '2026-04-30',
    });
    for (const user of ['rep04', 'sup_east2', 'rep07', 'sup_south1'])
      expect((await s.call(user, 'GET', `/api/risks/${made.id}`)).statusCode).toBe(404);
    expect((await s.call('sup_east1', 'GET', `/api/risks/${made.id}`)).statusCode).toBe(200);
    expect((await s.call('rep01', 'GET', `/api/risks/${made.id}`)).statusCode).toBe(200);
    const other = await s.ok<{ items: TRiskRow[] }>('rep04', 'GET', '/api/risks');
    expect(other.items.map((r) => r.id)).not.toContain(made.id);
    // A manager of another region cannot give a risk to this one's rep.
    const refused = await s.call('manager_south', 'POST', '/api/risks', {
      title: '越权登记',
      category: 'market',
      likelihood: 1,
      impact: 1,
      ownerId: id.rep01,
      reviewOn: '2026-04-30',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields.ownerId).toBeTruthy();
  });
});
