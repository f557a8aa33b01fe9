import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.js';
import { queryRows } from '../db/client.js';
import { loadDemoWorklogs } from './demo-worklogs.js';

/** OPS-1/OPS-7 (demo): the last working day's logs (Saturday 2026-02-28 is a make-up working day) (one approved, one returned), a trip, a monthly summary. */
describe('demo work logs', async () => {
  const t = await createTestApp();
  const db = t.database.db;

  it('OPS-1/OPS-7: the demo leaves an approved and a returned log, a trip and a submitted summary', async () => {
    await loadDemoWorklogs(db, t.clock);
    const logs = await queryRows<{ username: string; review_status: string; day: string }>(
      db,
      sql`select u.username, w.review_status, w.day::text as day from work_logs w join users u on u.id = w.user_id order by u.username`,
    );
    expect(logs).toEqual([
      { username: 'rep01', review_status: 'approved', day: '2026-02-28' },
      { username: 'rep02', review_status: 'returned', day: '2026-02-28' },
    ]);
    const [trips] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from visit_trips`);
    expect(trips!.n).toBe(1);
    const [summary] = await queryRows<{ month: string; status: string }>(
      db,
      sql`select month, status from month_summaries`,
    );
    expect(summary).toEqual({ month: '2026-02', status: 'submitted' });
  });
});
