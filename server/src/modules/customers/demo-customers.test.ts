import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { loadDemoCustomers } from '../../demo/demo-customers.js';
import { loadDemoOpportunities } from '../../demo/demo-opportunities.js';

describe('demo customer file (CUS-1, CUS-5, CUS-8)', async () => {
  const t = await createTestApp();
  await loadDemoCustomers(t.database.db, t.clock);
  await loadDemoOpportunities(t.database.db, t.clock);

  it('the demo company has customers across the sales force, two in the pool; loading twice adds nothing', async () => {
    const director = await t.login('director');
    const all = (await t.request('GET', '/api/customers?pageSize=200', { cookie: director })).json();
    expect(all.total).toBe(40);
    expect(all.items.filter((c: { owner: unknown }) => c.owner === null)).toHaveLength(2);
    await loadDemoCustomers(t.database.db, t.clock);
    expect((await t.request('GET', '/api/customers', { cookie: director })).json().total).toBe(40);
  });

  it('rep01 owns five; rep02 owns four and collaborates on one of rep01’s; sup_east1 sees their team’s', async () => {
    const page = async (u: string, view = 'all') =>
      (await t.request('GET', `/api/customers?view=${view}`, { cookie: await t.login(u) })).json();
    expect((await page('rep01')).total).toBe(5);
    expect((await page('rep02', 'mine')).total).toBe(4);
    expect((await page('rep02', 'collaborating')).items).toMatchObject([
      { name: '上海浦东新材料科技有限公司' },
    ]);
    expect((await page('sup_east1')).total).toBe(12);
  });

  it('rep01 has a next step in 待办 and the service a colleague logged is on the key account’s timeline', async () => {
    const rep01 = await t.login('rep01');
    const todo = (await t.request('GET', '/api/todo', { cookie: rep01 })).json();
    const dueItems = todo.sections.find((s: { key: string }) => s.key === 'deadlines.dueItems').items;
    expect(dueItems.some((d: { link: string }) => d.link?.startsWith('/customers/'))).toBe(true);
    const list = (
      await t.request('GET', `/api/customers?q=${encodeURIComponent('浦东新材料')}`, { cookie: rep01 })
    ).json();
    const id = list.items[0].id;
    const timeline = (
      await t.request('GET', `/api/customers/${id}/timeline?kind=service.logged`, { cookie: rep01 })
    ).json();
    expect(timeline.items).toMatchObject([{ actor: { username: 'rep07' } }]);
    const contacts = (await t.request('GET', `/api/customers/${id}/contacts`, { cookie: rep01 })).json();
    expect(contacts.items).toHaveLength(2);
  });
});
