import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.js';
import { queryRows } from '../db/client.js';
import { loadDemoDaySummariesAndTraining } from './demo-day-summaries-training.js';

describe('demo: end-of-day summaries and training', async () => {
  const t = await createTestApp();
  await loadDemoDaySummariesAndTraining(t.database.db, t.clock);

  it('OPS-3: the east unit’s summary of the working day before is sent; today’s waits for the assistant', async () => {
    // TEST_NOW is Monday 2 March 2026: the working day before is Saturday 28 February, a make-up
    // workday (调休) after the Spring Festival.
    const rows = await queryRows<{ day: string; status: string; recipients: number }>(
      t.database.db,
      sql`select day::text, status, jsonb_array_length(recipient_ids)::int as recipients
        from day_summaries order by day`,
    );
    expect(rows).toEqual([
      { day: '2026-02-28', status: 'sent', recipients: 2 },
      { day: '2026-03-02', status: 'assembled', recipients: 0 },
    ]);
  });

  it('OPS-8: one product training with attendance and one excellent result', async () => {
    const [s] = await queryRows<{ invited: number; excused: number; excellent: number }>(
      t.database.db,
      sql`select count(*)::int as invited,
          count(*) filter (where attendance = 'excused')::int as excused,
          count(*) filter (where excellent)::int as excellent
        from training_attendees`,
    );
    expect(s).toEqual({ invited: 4, excused: 1, excellent: 1 });
  });
});
