import { describe, expect, it } from 'vitest';
import { sessions } from '../../test/sessions.js';
import { createTestApp } from '../../test/test-app.js';
import type { TStatementDetail } from '../modules/commission/schemas.js';
import { loadDemoCommission } from './demo-commission.js';
import { loadDemoCustomers } from './demo-customers.js';
import { loadDemoMoney } from './demo-money.js';
import { loadDemoTargets } from './demo-targets.js';

/** INC-1 (demo): the reps' plan and last month's statements of the east team, rep01's with lines to payments. */
describe('demo commission', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  t.clock.set(new Date('2026-06-17T02:00:00Z'));
  const s = sessions(t);

  it('INC-1: rep01 has a draft statement for last month whose lines link to confirmed payments; loading twice adds nothing', async () => {
    await loadDemoCustomers(db, t.clock);
    await loadDemoMoney(db, t.clock);
    await loadDemoTargets(db, t.clock);
    await loadDemoCommission(db, t.clock);
    await loadDemoCommission(db, t.clock);
    const page = await s.ok<{ items: { id: string; period: string }[] }>(
      'rep01',
      'GET',
      '/api/commission/statements',
    );
    expect(page.items.map((i) => i.period)).toEqual(['2026-05']);
    const st = await s.ok<TStatementDetail>(
      'rep01',
      'GET',
      `/api/commission/statements/${page.items[0]!.id}`,
    );
    expect(st.status).toBe('draft');
    expect(st.basisFen).toBe('10500000');
    expect(st.lines.length).toBeGreaterThan(0);
    expect(st.lines.every((l) => l.refType === 'payment' && l.refId)).toBe(true);
    const team = await s.ok<{ total: number }>(
      'sup_east1',
      'GET',
      '/api/commission/statements?period=2026-05',
    );
    expect(team.total).toBe(3);
  });
});
