import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.js';
import { visits } from '../modules/visits/tables.js';
import { loadDemoCustomers } from './demo-customers.js';
import { loadDemoVisits } from './demo-visits.js';

describe('demo visits (VIS-4) on a new installation', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  await loadDemoCustomers(db, t.clock);
  await loadDemoVisits(db, t.clock);
  const today = async (username: string) =>
    (await t.request('GET', '/api/visits?today=true', { cookie: await t.login(username) })).json() as {
      items: { rep: { username: string }; customer: { name: string }; status: string }[];
    };

  it('loads only once', async () => {
    const [before] = await db.select({ n: sql<number>`count(*)::int` }).from(visits);
    await loadDemoVisits(db, t.clock);
    const [after] = await db.select({ n: sql<number>`count(*)::int` }).from(visits);
    expect(after!.n).toBe(before!.n);
  });

  it('VIS-4: rep01 has visits planned for today at their own customers, one prepared', async () => {
    const mine = await today('rep01');
    expect(mine.items).toHaveLength(2);
    expect(mine.items.every((v) => v.rep.username === 'rep01')).toBe(true);
    expect(mine.items.map((v) => v.status).sort()).toEqual(['planned', 'prepared']);
    expect((await today('rep07')).items).toHaveLength(1);
  });

  it('VIS-4: rep02’s gift waits for the supervisor’s pre-approval in 待办', async () => {
    const [v] = (await today('rep02')).items as unknown as { id: string; preApproval: string }[];
    expect(v?.preApproval).toBe('pending');
    const todo = (
      await t.request('GET', '/api/todo?limit=50', { cookie: await t.login('sup_east1') })
    ).json() as { sections: { key: string; items: { link: string }[] }[] };
    const waiting = todo.sections.find((s) => s.key === 'approvals.waiting');
    expect(waiting?.items.map((i) => i.link)).toContain(`/visits/${v?.id}`);
  });
});
