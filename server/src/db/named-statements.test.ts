import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, databaseUrlOf } from '../../test/test-db.js';
import { openPostgres, queryRows } from './client.js';
import { genericPlan, HOT, hot } from './named-statements.js';
import { users } from './schema.js';

describe.skipIf(!process.env.DATABASE_URL)('hot reads as named prepared statements (ADR 35)', () => {
  it('a marked read is named on its connection and an unmarked one never is; a generic-plan read uses the generic plan outside a transaction only', async () => {
    const base = await createTestDatabase();
    const database = openPostgres(databaseUrlOf(base)!, 1);
    try {
      const db = database.db;
      for (let i = 0; i < 5; i++) {
        await queryRows(db, hot(sql`select ${i}::int as marked`));
        await queryRows(db, sql`select ${i}::int as unmarked`);
        await db.select({ id: users.id }).from(users).limit(1).prepare(HOT).execute();
      }
      const prepared = await queryRows<{ statement: string }>(
        db,
        sql`select statement from pg_prepared_statements order by statement`,
      );
      expect(prepared.map((p) => p.statement)).toEqual([
        expect.stringContaining('as marked'),
        expect.stringMatching(/^select "id" from "users"/),
      ]);

      const mode = sql`select current_setting('plan_cache_mode') as mode`;
      const [generic] = await queryRows<{ mode: string }>(db, genericPlan(mode));
      expect(generic?.mode).toBe('force_generic_plan');
      const [plain] = await queryRows<{ mode: string }>(db, mode);
      expect(plain?.mode).toBe('auto');
      // In a transaction the read must see the transaction's writes: it stays on its connection.
      const [inTx] = await db.transaction((tx) => queryRows<{ mode: string }>(tx, genericPlan(mode)));
      expect(inTx?.mode).toBe('auto');
    } finally {
      await database.close();
      await base.close();
    }
  });
});
