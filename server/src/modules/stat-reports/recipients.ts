import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { readPolicy } from '../../platform/policies/read.js';
import { monthlyRecipients } from './policies.js';

/**
 * OPS-4: who gets each unit's monthly report — every active person holding a role the policy
 * stats.monthlyRecipients names (read for their unit) receives the report of the unit they are
 * placed in. Units nobody receives for get none. Keyed by unit id.
 */
export async function monthlyRecipientsByUnit(db: DbOrTx, at: Date): Promise<Map<string, string[]>> {
  const people = await queryRows<{ id: string; unit_id: string; roles: string[] }>(
    db,
    sql`select u.id::text as id, u.unit_id::text as unit_id, array_agg(r.code order by r.code) as roles
        from users u join user_roles ur on ur.user_id = u.id join roles r on r.id = ur.role_id
        where u.status = 'active'
        group by u.id, u.unit_id
        order by u.unit_id, u.username`,
  );
  const named = new Map<string, Set<string>>();
  const out = new Map<string, string[]>();
  for (const p of people) {
    let codes = named.get(p.unit_id);
    if (!codes) {
      codes = new Set(await readPolicy(db, monthlyRecipients, at, p.unit_id));
      named.set(p.unit_id, codes);
    }
    if (!p.roles.some((r) => codes.has(r))) continue;
    out.set(p.unit_id, [...(out.get(p.unit_id) ?? []), p.id]);
  }
  return out;
}
