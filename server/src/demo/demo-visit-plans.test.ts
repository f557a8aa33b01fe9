import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.js';
import { loadDemoCustomers } from './demo-customers.js';
import { loadDemoVisitPlans } from './demo-visit-plans.js';

describe('the demo company’s visit plans', async () => {
  const t = await createTestApp();
  await loadDemoCustomers(t.database.db, t.clock);
  await loadDemoVisitPlans(t.database.db, t.clock);

  it('VIS-1/VIS-2: rep01 and rep02 have submitted next month’s plan; sup_east1 finds them to review, rep03 has none', async () => {
    const cookie = await t.login('sup_east1');
    const team = (await t.request('GET', '/api/visit-plans/team', { cookie })).json();
    expect(team.month).toBe('2026-04');
    const byRep = Object.fromEntries(
      team.items.map(
        (r: { rep: { username: string }; plan: { status: string; lineCount: number } | null }) => [
          r.rep.username,
          r.plan ? [r.plan.status, r.plan.lineCount > 0] : null,
        ],
      ),
    );
    expect(byRep).toEqual({ rep01: ['submitted', true], rep02: ['submitted', true], rep03: null });
    const todo = (await t.request('GET', '/api/todo', { cookie })).json();
    const waiting = todo.sections.find((s: { key: string }) => s.key === 'approvals.waiting');
    expect(
      waiting.items.filter((i: { link: string | null }) => i.link?.startsWith('/visit-plans/')),
    ).toHaveLength(2);
  });
});
