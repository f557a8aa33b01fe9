import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.js';
import { queryRows } from '../db/client.js';
import { visitComplianceFor } from '../modules/visits/index.js';
import { loadDemoCustomers } from './demo-customers.js';
import { loadDemoVisitHistory } from './demo-visit-history.js';

/** VIS-7 (demo): last month's visit history gives the compliance page a spread of figures. */
describe('demo visit history', async () => {
  const t = await createTestApp();
  beforeAll(async () => {
    await loadDemoCustomers(t.database.db, t.clock);
    await loadDemoVisitHistory(t.database.db, t.clock);
  }, 240_000);

  it('VIS-7: last month (February at the test clock) has plans, visits made and missed, reports and commitments', async () => {
    const rep01 = await t.userId('rep01');
    const { rows } = await visitComplianceFor(t.database.db, {
      month: '2026-02',
      now: t.clock.now(),
      reps: { repIds: [rep01] },
    });
    expect(rows[0]).toMatchObject({
      planned: 6,
      plannedDone: 5,
      completionPct: 83.3,
      done: 7,
      doneAdHoc: 2,
      reports: { onTime: 6, late: 1, missing: 0, notDue: 0 },
      commitments: { due: 3, onTime: 1, late: 1, openOverdue: 1, open: 0 },
    });
    const [plans] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from visit_plans where month_on = '2026-02-01' and status = 'approved'`,
    );
    expect(plans?.n).toBe(7);
  });

  it('loads once: a second run adds nothing', async () => {
    const count = async () =>
      (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from visits`))[0]?.n;
    const before = await count();
    await loadDemoVisitHistory(t.database.db, t.clock);
    expect(await count()).toBe(before);
  });
});
