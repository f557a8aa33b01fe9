import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import type { TReceivable } from './schemas.js';
import { signedFor } from './test-kit.js';

/**
 * AR-5, ORG-5: the receivable list, the payments and the audit log page by cursor past the
 * numbered pages; a walk sees every row in scope once, in the list's order (the key, then the due
 * date and the id ascending), and a rep's walk never shows another rep's instalment.
 */
describe('receivables, payments and the audit log by cursor (AR-5, ORG-5)', async () => {
  const t = await createTestApp();
  const cookies: Record<string, string> = {};
  const get = async (user: string, url: string) => {
    cookies[user] ??= await t.login(user);
    const res = await t.request('GET', url, { cookie: cookies[user] });
    expect(res.statusCode, `${user} GET ${url}: ${res.body}`).toBe(200);
    return res.json();
  };
  /** Every id of a list, pageSize at a time, following nextCursor. */
  const walk = async (user: string, path: string, pageSize: number) => {
    const ids: string[] = [];
    let cursor: string | null = null;
    for (let n = 0; n < 200; n++) {
      const sep = path.includes('?') ? '&' : '?';
      const body = await get(
        user,
        `${path}${sep}pageSize=${pageSize}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      ids.push(...body.items.map((i: { id: string | number }) => String(i.id)));
      cursor = body.nextCursor;
      if (!cursor) return ids;
    }
    throw new Error('the walk did not end');
  };

  beforeAll(async () => {
    // Same amounts and dates on several contracts: ties on every key.
    for (const [owner, amount, on] of [
      ['rep01', 1_200_000n, '2026-01-05'],
      ['rep01', 1_200_000n, '2026-01-05'],
      ['rep02', 1_200_000n, '2026-01-05'],
      ['rep01', 900_000n, '2026-02-10'],
      ['rep02', 900_000n, '2026-02-10'],
      ['rep01', 900_000n, '2026-02-10'],
      ['rep02', 1_500_000n, '2025-12-01'],
      ['rep01', 1_200_000n, '2026-01-05'],
    ] as const) {
      await signedFor(t, owner, amount, on);
    }
  });

  for (const sort of ['dueDate', 'openFen', 'daysOverdue']) {
    for (const order of ['asc', 'desc']) {
      it(`AR-5: by ${sort} ${order}, the cursor walk gives every instalment once, in the list's order`, async () => {
        const path = `/api/receivables?sort=${sort}&order=${order}`;
        const whole = (await get('director', `${path}&pageSize=200`)) as {
          items: TReceivable[];
          total: number;
        };
        expect(whole.items.length).toBeGreaterThanOrEqual(8);
        expect(whole.total).toBe(whole.items.length);
        const walked = await walk('director', path, 2);
        expect(walked).toEqual(whole.items.map((i) => i.id));
      });
    }
  }

  it("ORG-5: rep01's cursor walk shows only rep01's instalments, each once", async () => {
    const rep01 = await t.userId('rep01');
    const whole = (await get('rep01', '/api/receivables?sort=openFen&order=desc&pageSize=200'))
      .items as TReceivable[];
    expect(whole.length).toBeGreaterThan(0);
    expect(whole.every((i) => i.owner.id === rep01)).toBe(true);
    const walked = await walk('rep01', '/api/receivables?sort=openFen&order=desc', 2);
    expect(walked).toEqual(whole.map((i) => i.id));
  });

  it('PEN-3: the audit log walks by cursor in both orders as by page number', async () => {
    for (const order of ['desc', 'asc']) {
      const whole = await get('admin', `/api/audit?order=${order}&pageSize=200`);
      expect(whole.items.length).toBeGreaterThan(10);
      const walked = await walk('admin', `/api/audit?order=${order}`, 7);
      expect(walked).toEqual(whole.items.map((i: { id: number }) => String(i.id)));
    }
  });

  it('AR-2: payments walk by cursor as by page number', async () => {
    const whole = await get('director', '/api/payments?sort=receivedOn&order=desc&pageSize=200');
    const walked = await walk('director', '/api/payments?sort=receivedOn&order=desc', 1);
    expect(walked).toEqual(whole.items.map((i: { id: string }) => i.id));
    expect(whole).toMatchObject({ totalCapped: false, nextCursor: null });
  });
});
