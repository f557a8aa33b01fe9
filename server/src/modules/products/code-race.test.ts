import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';

/**
 * Two people creating the same product code at the same moment both pass the "is it free" check;
 * the database's unique index decides. The loser must hear "changed, reload" (409), never a 500.
 */
describe('product codes under concurrent creation', async () => {
  const t = await createTestApp();

  it.runIf(process.env.DATABASE_URL)(
    'Q2C-1: 10 concurrent creations of one code → one product, the rest 409, no 500',
    async () => {
      const cookie = await t.login('director');
      const body = {
        code: 'RACE-001',
        name: '离心泵',
        unit: '台',
        listPriceFen: '120000',
        floorPriceFen: '100000',
      };
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => t.request('POST', '/api/products', { cookie, body })),
      );
      const codes = answers.map((a) => a.statusCode).sort();
      expect(codes.filter((c) => c === 200)).toHaveLength(1);
      expect(codes.filter((c) => c !== 200).every((c) => c === 409)).toBe(true);
      const list = await t.request('GET', '/api/products?q=RACE-001', { cookie });
      expect(list.json().total).toBe(1);
    },
  );
});
