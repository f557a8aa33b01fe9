import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { auditLog } from '../../platform/audit/tables.js';
import { inTx } from '../../platform/context.js';
import { schedulePlannedVisits } from './schedule-planned-visits.js';
import { visitTestKit } from './visit-test-kit.js';

describe('visits in scope: lists, plan lines, export (ORG-5, VIS-1, VIS-2)', async () => {
  const t = await createTestApp();
  const { call, ok, customerOf, visitFor, ctxOf } = visitTestKit(t);

  it('ORG-5: a rep reads their own visits, the supervisor their reps’, others get 404; the list filters in SQL', async () => {
    const customerId = await customerOf('rep03');
    const v = await visitFor('rep03', customerId);
    expect((await call('rep02', 'GET', `/api/visits/${v.id}`)).statusCode).toBe(404);
    expect((await call('sup_east2', 'GET', `/api/visits/${v.id}`)).statusCode).toBe(404);
    expect((await call('rep02', 'POST', `/api/visits/${v.id}/cancel`, { reason: 'x' })).statusCode).toBe(404);
    const bySup = await ok('sup_east1', 'GET', `/api/visits/${v.id}`);
    expect(bySup.actions).toMatchObject({ checkIn: false, cancel: true });
    // The assistant reads the unit's visits but does not change them.
    const byAssistant = await ok('assistant_east', 'GET', `/api/visits/${v.id}`);
    expect(byAssistant.actions.cancel).toBe(false);
    expect(
      (await call('assistant_east', 'POST', `/api/visits/${v.id}/cancel`, { reason: 'x' })).statusCode,
    ).toBe(403);

    const mine = await ok('rep03', 'GET', '/api/visits?pageSize=200');
    expect(mine.items.every((i: { rep: { username: string } }) => i.rep.username === 'rep03')).toBe(true);
    const team = await ok('sup_east1', 'GET', `/api/visits?customerId=${customerId}`);
    expect(team.items.map((i: { id: string }) => i.id)).toEqual([v.id]);
    await visitFor('rep01');
    const rep01 = await t.userId('rep01');
    const ofRep01 = await ok('sup_east1', 'GET', `/api/visits?repId=${rep01}&pageSize=200`);
    expect(ofRep01.total).toBeGreaterThan(0);
    expect(ofRep01.items.every((i: { rep: { username: string } }) => i.rep.username === 'rep01')).toBe(true);
    const south = await ok('sup_south1', 'GET', `/api/visits?repId=${rep01}`);
    expect(south.total).toBe(0);
    const planned = await ok('rep03', 'GET', '/api/visits?status=planned&today=true&purpose=maintenance');
    expect(planned.items.map((i: { id: string }) => i.id)).toContain(v.id);
    const tomorrow = await ok('rep03', 'GET', '/api/visits?from=2026-03-03');
    expect(tomorrow.items.map((i: { id: string }) => i.id)).not.toContain(v.id);
  });

  it('VIS-1/VIS-2: approved plan lines become planned visits; a change moves a planned one and cancels a removed one', async () => {
    const rep = await t.userId('rep05');
    const c1 = await customerOf('rep05');
    const c2 = await customerOf('rep05');
    const unitId: string = (await ok('rep05', 'GET', '/api/me')).unit.id;
    const ctx = ctxOf(null);
    const line1 = '00000000-0000-4000-8000-000000000001';
    const line2 = '00000000-0000-4000-8000-000000000002';
    await inTx(ctx, (tx) =>
      schedulePlannedVisits(tx, ctx, {
        repId: rep,
        unitId,
        lines: [
          {
            lineId: line1,
            customerId: c1,
            purpose: 'coverage',
            plannedOn: '2026-03-10',
            plannedMinutes: 120,
            note: null,
          },
          {
            lineId: line2,
            customerId: c2,
            purpose: 'new_product',
            plannedOn: '2026-03-11',
            plannedMinutes: 60,
            note: null,
          },
        ],
      }),
    );
    const list = await ok('rep05', 'GET', '/api/visits?from=2026-03-10&to=2026-03-11');
    expect(list.items.map((i: { planned: boolean; plannedOn: string }) => [i.planned, i.plannedOn])).toEqual([
      [true, '2026-03-10'],
      [true, '2026-03-11'],
    ]);
    await inTx(ctx, (tx) =>
      schedulePlannedVisits(tx, ctx, {
        repId: rep,
        unitId,
        lines: [
          {
            lineId: line1,
            customerId: c1,
            purpose: 'coverage',
            plannedOn: '2026-03-12',
            plannedMinutes: 120,
            note: null,
          },
        ],
        removedLineIds: [line2],
      }),
    );
    const moved = await ok('rep05', 'GET', `/api/visits?customerId=${c1}`);
    expect(moved.items[0].plannedOn).toBe('2026-03-12');
    const gone = await ok('rep05', 'GET', `/api/visits?customerId=${c2}`);
    const detail = await ok('rep05', 'GET', `/api/visits/${gone.items[0].id}`);
    expect(detail).toMatchObject({ status: 'cancelled', cancelledByPlan: true, cancelReason: null });
  });

  it('ORG-5: the visit list exports in the reader’s scope, audited', async () => {
    const res = await call('sup_east1', 'GET', '/api/visits/export?status=done');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'export'), eq(auditLog.action, 'visits.export')));
    expect(rows).toHaveLength(1);
  });
});
