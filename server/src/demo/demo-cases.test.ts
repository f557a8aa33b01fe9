import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.js';
import { queryRows } from '../db/client.js';
import { loadDemoCases } from './demo-cases.js';
import { loadDemoCustomers } from './demo-customers.js';
import { loadDemoMoney } from './demo-money.js';
import { loadDemoTargets } from './demo-targets.js';

/** INC-8 (demo): last month's close has run — some reps are below target, with their supervisors' interviews due. */
describe('demo cases', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  t.clock.set(new Date('2026-06-17T02:00:00Z'));

  it('INC-8: the demo opens last month’s cases once, each with the interview due for the direct superior', async () => {
    await loadDemoCustomers(db, t.clock);
    await loadDemoMoney(db, t.clock);
    await loadDemoTargets(db, t.clock);
    await loadDemoCases(db, t.clock);
    await loadDemoCases(db, t.clock);
    const cases = await queryRows<{
      month: string;
      username: string;
      superior: string;
      level: string;
      due: number;
    }>(
      db,
      sql`select c.month, p.username, s.username as superior, c.level,
            (select count(*)::int from due_items d where d.subject_id = c.id::text and d.kind = 'perf_case.interview') as due
          from performance_cases c join users p on p.id = c.person_id join users s on s.id = c.superior_id
          order by p.username`,
    );
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      expect(c.month).toBe('2026-05');
      expect(c.due).toBe(1);
      expect(c.superior).toMatch(/^sup_/);
    }
    console.info(cases.map((c) => `${c.username}:${c.level}`).join(' '));
    expect(cases.some((c) => c.superior === 'sup_east1')).toBe(true);
  }, 300_000);
});
