import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { joinedUserRef } from '../../platform/org/refs.js';
import { normaliseCreditCode } from './credit-code.js';
import type { DuplicateProbe } from './duplicates.js';
import { nameKey, normalisePhone } from './name-key.js';
import type { ZDuplicate } from './schemas.js';

type Duplicate = z.infer<typeof ZDuplicate>;
const ORDER = ['creditCode', 'phone', 'name'] as const;

/**
 * findDuplicates for many probes in one query (imports): for each probe, the customers with
 * the same credit code, a shared phone (company or contact) or the same normalised name,
 * oldest first, at most `limit`. Each match kind is its own indexed join (no OR across
 * columns), so the cost follows the matches, not the size of the customer file.
 */
export async function findDuplicatesOfMany(
  db: DbOrTx,
  probes: DuplicateProbe[],
  limit = 10,
): Promise<Duplicate[][]> {
  const result: Duplicate[][] = probes.map(() => []);
  const keyed = probes.map((p, i) => ({
    i,
    key: p.name ? nameKey(p.name) : '',
    code: p.creditCode ? normaliseCreditCode(p.creditCode) : '',
    phones: [...new Set((p.phones ?? []).filter((x): x is string => !!x).map(normalisePhone))].filter(
      (x) => x.length >= 5,
    ),
  }));
  const useful = keyed.filter((p) => p.key || p.code || p.phones.length > 0);
  if (useful.length === 0) return result;
  // Step 1: which customers match which probe, and how — each kind its own indexed join.
  const matches = await queryRows<{ i: number; id: string; by: string }>(
    db,
    sql`with p as (
          select * from jsonb_to_recordset(${JSON.stringify(useful)}::jsonb) as p(i int, key text, code text, phones text[])
        )
        select p.i, c.id, 'name' as by from p join customers c on c.name_key = p.key where p.key <> ''
        union
        select p.i, c.id, 'creditCode' from p join customers c on c.credit_code = p.code where p.code <> ''
        union
        select p.i, c.id, 'phone' from p join customers c on c.phone = any(p.phones) where cardinality(p.phones) > 0
        union
        select p.i, cc.customer_id, 'phone' from p join customer_contacts cc on cc.phones && p.phones
          where cardinality(p.phones) > 0 and cc.deleted_at is null`,
  );
  if (matches.length === 0) return result;
  // Step 2: the matched customers by primary key (a separate query, so the planner cannot
  // trade the key lookups for a scan of the whole customer file on a pessimistic estimate).
  const ids = [...new Set(matches.map((m) => m.id))];
  const found = await queryRows<{
    id: string;
    name: string;
    owner_id: string | null;
    owner_username: string | null;
    owner_name: string | null;
  }>(
    db,
    sql`select c.id, c.name, u.id as owner_id, u.username as owner_username, u.display_name as owner_name
        from customers c left join users u on u.id = c.owner_id
        where c.id in (select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::uuid)
        order by c.created_at, c.id`,
  );
  const byProbeAndId = new Map<string, Set<string>>();
  for (const m of matches) {
    const k = `${m.i}:${m.id}`;
    byProbeAndId.set(k, (byProbeAndId.get(k) ?? new Set()).add(m.by));
  }
  const probesOf = new Map<string, number[]>();
  for (const m of matches) {
    const list = probesOf.get(m.id) ?? [];
    if (!list.includes(m.i)) list.push(m.i);
    probesOf.set(m.id, list);
  }
  // Oldest first per probe, as findDuplicates orders them.
  const rows = found.flatMap((c) =>
    (probesOf.get(c.id) ?? []).map((i) => ({ ...c, i, by: [...(byProbeAndId.get(`${i}:${c.id}`) ?? [])] })),
  );
  for (const r of rows) {
    const list = result[r.i];
    if (!list || list.length >= limit) continue;
    list.push({
      id: r.id,
      name: r.name,
      by: ORDER.filter((b) => r.by.includes(b)),
      owner: joinedUserRef(r.owner_id, r.owner_username, r.owner_name),
      inPool: r.owner_id === null,
    });
  }
  return result;
}
