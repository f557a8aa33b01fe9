import { describe, expect, it } from 'vitest';
import { sessions } from '../../test/sessions.js';
import { createTestApp } from '../../test/test-app.js';
import { loadDemoRewards } from './demo-rewards.js';

describe('the demo reward catalogue', async () => {
  const t = await createTestApp();
  const s = sessions(t);

  it('INC-6: seven rewards priced by the exchange ratio, loaded once; rep01 has the points to redeem the 保温杯', async () => {
    await loadDemoRewards(t.database.db, t.clock);
    await loadDemoRewards(t.database.db, t.clock);
    const page = await s.ok<{ items: { name: string; pointsPrice: string; id: string }[]; total: number }>(
      'rep01',
      'GET',
      '/api/rewards/items?pageSize=50',
    );
    expect(page.total).toBe(7);
    const cup = page.items.find((i) => i.name === '保温杯')!;
    expect(cup.pointsPrice).toBe('800');
    expect((await s.ok('rep01', 'GET', '/api/rewards/balance')).balance).toBe('2000');
    const r = await s.ok('rep01', 'POST', '/api/rewards/redemptions', { itemId: cup.id, quantity: 1 });
    expect(r.status).toBe('submitted');
    expect((await s.ok('rep01', 'GET', '/api/rewards/balance')).balance).toBe('1200');
  });
});
