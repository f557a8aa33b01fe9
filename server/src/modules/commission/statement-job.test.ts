import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { executeJob } from '../../platform/jobs/runner.js';
import type { TTodo } from '../todo/index.js';
import { statementJob } from './job.js';
import type { TStatementDetail } from './schemas.js';
import { commissionStatements } from './tables.js';
import { commissionKit } from './test-kit.js';

let t: TestApp;
let kit: ReturnType<typeof commissionKit>;
const runJob = () => executeJob(t.database.db, t.clock, statementJob, t.clock.now(), 'test');
const section = async (user: string, key: string) =>
  (await kit.s.ok<TTodo>(user, 'GET', '/api/todo?limit=100')).sections.find((s) => s.key === key)?.items ??
  [];

/** A plan for sales reps from March 2026 (3% flat, no target: the first tier's rate on everything). */
beforeAll(async () => {
  t = await createTestApp();
  kit = commissionKit(t);
  t.clock.set(new Date('2026-03-02T02:00:00Z'));
  await kit.approvedPlan({
    name: '销售代表提成方案',
    roleCode: 'sales_rep',
    effectiveFrom: '2026-03',
    method: 'marginal',
    tiers: [{ fromBp: 0, rateBp: 300 }],
    capFen: null,
    categoryRates: [],
    trueUp: 'none',
  });
  const customerId = await kit.k.customer('rep02');
  const { contract } = await kit.k.signed('rep02', customerId, 10_000_000n, '2026-02-20');
  t.clock.set(new Date('2026-03-10T02:00:00Z'));
  await kit.payment('rep02', { id: contract.id, customerId }, 4_000_000n, '2026-03-09');
});

describe('INC-1: the monthly statement job and the to-dos', () => {
  it('INC-1: on the first working day the job makes last month’s drafts once; without a target the first tier’s rate applies and the statement says so', async () => {
    // Wednesday 1 April 2026, 08:00 in Shanghai.
    t.clock.set(new Date('2026-04-01T00:00:00Z'));
    await runJob();
    await runJob();
    const rows = await t.database.db
      .select()
      .from(commissionStatements)
      .where(eq(commissionStatements.period, '2026-03'));
    expect(rows.length).toBe(12);
    const rep02 = await kit.s.ok<{ items: { id: string }[] }>('rep02', 'GET', '/api/commission/statements');
    const st = await kit.s.ok<TStatementDetail>(
      'rep02',
      'GET',
      `/api/commission/statements/${rep02.items[0]!.id}`,
    );
    expect(st).toMatchObject({ targetFen: null, attainmentBp: null, commissionFen: '120000' });
    expect(st.why.noTarget).toBe(true);
  });

  it('INC-1: the draft is in the rep’s 待办 to submit; once submitted the supervisor’s 待办 holds the review with the amount', async () => {
    const [mine] = await t.database.db
      .select()
      .from(commissionStatements)
      .where(
        and(eq(commissionStatements.period, '2026-03'), eq(commissionStatements.commissionFen, 120_000n)),
      );
    const todo = await section('rep02', 'commission.toSubmit');
    expect(todo.map((i) => [i.link, i.amountFen])).toEqual([
      [`/commission/statements/${mine!.id}`, '120000'],
    ]);
    await kit.s.ok('rep02', 'POST', `/api/commission/statements/${mine!.id}/submit`);
    expect(await section('rep02', 'commission.toSubmit')).toEqual([]);
    const waiting = await section('sup_east1', 'approvals.waiting');
    const item = waiting.find((i) => i.link?.includes(mine!.id));
    expect(item?.detail?.['zh-CN']).toContain('¥1,200.00');
    expect(await section('manager_east', 'approvals.waiting')).not.toContainEqual(
      expect.objectContaining({ link: item?.link }),
    );
  });
});
