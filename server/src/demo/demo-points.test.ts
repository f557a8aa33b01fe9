import { beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../test/sessions.js';
import { createTestApp } from '../../test/test-app.js';
import type { TPointsSummary } from '../modules/points/schemas.js';
import { loadDemoCustomers } from './demo-customers.js';
import { loadDemoMoney } from './demo-money.js';
import { loadDemoPoints } from './demo-points.js';
import { loadDemoTargets } from './demo-targets.js';

/** INC-3/INC-4/INC-5 (demo): rep01 has basic and extra lots, some expiring soon; rerunning awards nothing twice. */
describe('demo points', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const s = sessions(t);
  t.clock.set(new Date('2026-06-17T02:00:00Z'));

  beforeAll(async () => {
    await loadDemoCustomers(db, t.clock);
    await loadDemoMoney(db, t.clock);
    await loadDemoTargets(db, t.clock);
    await loadDemoPoints(db, t.clock);
  }, 300_000);

  it('INC-5: rep01 holds basic and extra lots with a balance, some expiring within the notice window; a rerun changes nothing', async () => {
    const mine = await s.ok<TPointsSummary>('rep01', 'GET', '/api/points/summary');
    const kinds = new Set(mine.lots.map((l) => l.kind));
    expect(kinds.has('basic')).toBe(true);
    expect([...kinds].some((k) => k.startsWith('extra:'))).toBe(true);
    expect(BigInt(mine.balance)).toBeGreaterThan(0n);
    expect(BigInt(mine.expiringSoon.points)).toBeGreaterThan(0n);
    await loadDemoPoints(db, t.clock);
    expect((await s.ok<TPointsSummary>('rep01', 'GET', '/api/points/summary')).balance).toBe(mine.balance);
  });
});
