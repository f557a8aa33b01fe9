import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/test-app.js';
import { awayDays, tripCovering } from './trip-covering.js';

/** OPS-1/OPS-6: who is away on a business trip covering a day — the reader the work log and the morning meeting use. */
describe('business trips (OPS-1)', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const cookies = new Map<string, string>();
  const post = async (u: string, url: string, body?: unknown) => {
    const send = async () =>
      t.request('POST', url, { cookie: cookies.get(u)!, ...(body !== undefined ? { body } : {}) });
    if (!cookies.has(u)) cookies.set(u, await t.login(u));
    let res = await send();
    if (res.statusCode === 401) {
      cookies.set(u, await t.login(u)); // the clock moved past the session's idle time
      res = await send();
    }
    return res;
  };
  const trip = (departsOn: string, returnsOn: string) => ({
    departsOn,
    returnsOn,
    destination: '杭州',
    purpose: '参加展会',
  });

  it('OPS-1: a trip covers departsOn … returnsOn until it is cancelled; one marked returned stops covering the days after the return', async () => {
    t.clock.set(new Date('2026-03-09T02:00:00Z')); // Monday 10:00
    const rep01 = await t.userId('rep01');
    const rep02 = await t.userId('rep02');
    const rep03 = await t.userId('rep03');
    const a = (await post('rep01', '/api/visit-trips', trip('2026-03-09', '2026-03-12'))).json();
    const b = (await post('rep02', '/api/visit-trips', trip('2026-03-10', '2026-03-11'))).json();
    await post('rep03', '/api/visit-trips', trip('2026-03-09', '2026-03-09'));
    const cancelled = await post('rep02', `/api/visit-trips/${b.id}/cancel`, { reason: '展会延期' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: '展会延期' });
    expect((await post('rep02', `/api/visit-trips/${b.id}/return`)).json().error.code).toBe(
      'TRIP_NOT_ACTIVE',
    );

    t.clock.set(new Date('2026-03-10T09:00:00Z')); // rep01 back on Tuesday
    expect((await post('rep01', `/api/visit-trips/${a.id}/return`)).json()).toMatchObject({
      status: 'returned',
    });

    const tue = await tripCovering(db, [rep01, rep02, rep03], '2026-03-10');
    expect([...tue.keys()]).toEqual([rep01]);
    expect(tue.get(rep01)).toMatchObject({
      returnsOn: '2026-03-12',
      returnedOn: '2026-03-10',
      backOn: '2026-03-10',
    });
    expect(await awayDays(db, [rep01, rep02, rep03], '2026-03-11')).toEqual(new Set());
    expect(await awayDays(db, [rep01, rep02, rep03], '2026-03-09')).toEqual(new Set([rep01, rep03]));
  });
});
