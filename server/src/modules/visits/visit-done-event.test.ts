import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { on, registerDomainEventHandler } from '../../platform/events/domain-events.js';
import { type VisitDone, visitDone } from './visit-events.js';
import { HERE, visitTestKit } from './visit-test-kit.js';

/**
 * VIS-4 → VIS-5: checking out emits `visit.done` in the check-out's own transaction, so what a
 * handler does (the report's deadline) commits or rolls back with the visit being done. This file
 * adds a handler to the registry, so it runs in a process of its own (vitest.config.ts).
 */
const heard: VisitDone[] = [];
let failNext = false;
registerDomainEventHandler(
  on(visitDone, async (_tx, _ctx, payload) => {
    if (failNext) {
      failNext = false;
      throw new Error('the handler failed');
    }
    heard.push(payload);
  }),
);

describe('visit.done (VIS-4 → VIS-5)', async () => {
  const t = await createTestApp();
  const { ok, call, visitFor } = visitTestKit(t);

  it('VIS-4: checking out tells the listeners which visit, whose, where and when it was done', async () => {
    const v = await visitFor('rep01');
    await ok('rep01', 'POST', `/api/visits/${v.id}/check-in`, HERE);
    t.clock.advance(45 * 60_000);
    const done = await ok('rep01', 'POST', `/api/visits/${v.id}/check-out`, { ...HERE, outcome: '顺利' });
    expect(heard).toEqual([
      {
        visitId: v.id,
        repId: await t.userId('rep01'),
        unitId: done.unit.id,
        customerId: done.customer.id,
        checkOutAt: t.clock.now(),
      },
    ]);
  });

  it('VIS-4: the event runs in the check-out’s transaction — a failing listener leaves the visit under way', async () => {
    const v = await visitFor('rep01');
    await ok('rep01', 'POST', `/api/visits/${v.id}/check-in`, { location: 'unavailable' });
    failNext = true;
    const res = await call('rep01', 'POST', `/api/visits/${v.id}/check-out`, {
      location: 'denied',
      outcome: 'x',
    });
    expect(res.statusCode).toBe(500);
    const after = await ok('rep01', 'GET', `/api/visits/${v.id}`);
    expect(after).toMatchObject({ status: 'in_progress', checkOut: null, outcome: null });
  });
});
