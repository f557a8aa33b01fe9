import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client.js';
import { createTestDatabase } from './test-db.js';

/**
 * Money is integer fen (bigint), never a float: no column of the schema is real / double
 * precision, and every column that holds fen (`*_fen`) is a bigint.
 */
describe('money columns', async () => {
  const database = await createTestDatabase();
  afterAll(() => database.close());

  it('AR-2/AR-4/Q2C-1: no float column anywhere, and every *_fen column is bigint', async () => {
    const cols = await queryRows<{ table_name: string; column_name: string; data_type: string }>(
      database.db,
      sql`select table_name, column_name, data_type from information_schema.columns
          where table_schema = 'public'`,
    );
    const fen = cols.filter((c) => c.column_name.endsWith('_fen'));
    // The money loop's own amounts are among them (the test would pass vacuously otherwise).
    for (const name of ['amount_fen', 'list_price_fen', 'total_fen', 'delta_fen', 'credit_limit_fen'])
      expect(fen.map((c) => c.column_name)).toContain(name);
    expect(fen.filter((c) => c.data_type !== 'bigint')).toEqual([]);
    expect(cols.filter((c) => c.data_type === 'real' || c.data_type === 'double precision')).toEqual([]);
  });
});
