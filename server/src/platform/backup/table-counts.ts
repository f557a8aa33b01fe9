import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';

async function tables(db: DbOrTx) {
  return queryRows<{ schema: string; name: string }>(
    db,
    sql`select table_schema as schema, table_name as name from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
        order by table_schema, table_name`,
  );
}

/** Every table of the database as schema.table (none: an empty database). */
export async function tableNames(db: DbOrTx): Promise<string[]> {
  return (await tables(db)).map((t) => `${t.schema}.${t.name}`);
}

/** The row count of every table (schema.table → rows), in name order: what a restore is checked by. */
export async function tableCounts(db: DbOrTx): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of await tables(db)) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(t.schema)}.${sql.identifier(t.name)}`,
    );
    counts[`${t.schema}.${t.name}`] = Number(row?.n ?? 0);
  }
  return counts;
}
