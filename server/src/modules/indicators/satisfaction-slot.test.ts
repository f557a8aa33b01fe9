import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { provide, registerPortImplementation } from '../../platform/events/ports.js';
import { indicatorsFor, satisfactionPort } from './index.js';

/**
 * PLAN-5: customer satisfaction is a slot the service module fills. Without a provider every
 * figure is null and says so (the kernel starts without it: indicators do not list it in
 * `needs`); once a module provides the port, its figures appear per subject and period. This
 * file registers a provider, so it runs in a process of its own (vitest.config.ts).
 */
describe('PLAN-5: the customer satisfaction slot', async () => {
  const t = await createTestApp();
  const rep01 = await t.userId('rep01');
  const read = () =>
    indicatorsFor(t.database.db, {
      subjects: [{ type: 'user', id: rep01 }],
      periods: ['2026-02', '2026-03'],
      at: t.clock.now(),
    });

  it('PLAN-5: no provider yet — null, with no answers, and marked as not provided', async () => {
    const rows = await read();
    expect(rows.map((r) => r.satisfaction)).toEqual([
      { pct: null, responses: 0, provided: false },
      { pct: null, responses: 0, provided: false },
    ]);
  });

  it('PLAN-5: a module providing the port fills the figures it has; the others stay empty but provided', async () => {
    registerPortImplementation(
      provide(satisfactionPort, async (_db, q) => {
        expect(q.periods).toEqual(['2026-02', '2026-03']);
        return new Map([[`user:${rep01}:2026-03`, { pct: 92.5, responses: 40 }]]);
      }),
    );
    const rows = await read();
    expect(rows.map((r) => r.satisfaction)).toEqual([
      { pct: null, responses: 0, provided: true },
      { pct: 92.5, responses: 40, provided: true },
    ]);
  });
});
