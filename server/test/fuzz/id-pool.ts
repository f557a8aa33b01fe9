import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../src/db/client.js';

/** Field and path names whose table is not their plural (superiorId → users, approvals → approval_requests). */
const aliases: Record<string, string> = {
  superior: 'users',
  assignee: 'users',
  toUser: 'users',
  owner: 'users',
  custodian: 'users',
  user: 'users',
  parent: 'units',
  mainContract: 'contracts',
  contact: 'customer_contacts',
  category: 'product_categories',
  request: 'seal_requests',
  file: 'files',
  approvals: 'approval_requests',
  requests: 'general_requests',
  returns: 'return_requests',
  items: 'dunning_items',
  'policy-overrides': 'policy_values',
  collaborators: 'users',
  worklogs: 'work_logs',
  'market-intel': 'market_intel_entries',
  attendee: 'training_attendees',
};

const snake = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toLowerCase();
const plural = (name: string) => (name.endsWith('y') ? `${name.slice(0, -1)}ies` : `${name}s`);

/**
 * Ids of real records, read once from the database (in storage order, so the same demo data
 * gives the same picks), and which table a field or path parameter refers to.
 */
export class IdPool {
  private constructor(private readonly byTable: Map<string, string[]>) {}

  /** Up to `perTable` ids of each table with a uuid id, leaving out the ones in `keep` (the fuzzing user). */
  static async read(db: Db, keep: Set<string>, perTable = 40): Promise<IdPool> {
    const tables = await queryRows<{ table_name: string }>(
      db,
      sql`
      select table_name from information_schema.columns
      where table_schema = 'public' and column_name = 'id' and data_type = 'uuid'
      order by table_name`,
    );
    const byTable = new Map<string, string[]>();
    for (const { table_name } of tables) {
      const ids = await queryRows<{ id: string }>(
        db,
        sql`select id::text as id from ${sql.identifier(table_name)} order by ctid limit ${perTable}`,
      );
      byTable.set(
        table_name,
        ids.map((r) => r.id).filter((id) => !keep.has(id)),
      );
    }
    return new IdPool(byTable);
  }

  /** The ids of the table a name refers to: customerId → customers, :id after /approvals/ → approval_requests. */
  idsFor(name: string): string[] {
    const base = name.replace(/Ids?$/, '');
    const candidates = [aliases[base], plural(snake(base)), snake(base)];
    for (const table of candidates) {
      const ids = table ? this.byTable.get(table) : undefined;
      if (ids && ids.length > 0) return ids;
    }
    return [];
  }
}
