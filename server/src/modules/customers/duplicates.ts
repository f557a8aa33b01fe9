import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { queryRows } from '../../db/client.js';
import { joinedUserRef } from '../../platform/org/refs.js';
import { normaliseCreditCode } from './credit-code.js';
import { nameKey, normalisePhone } from './name-key.js';
import type { ZDuplicate } from './schemas.js';

type Duplicate = z.infer<typeof ZDuplicate>;

export interface DuplicateProbe {
  name?: string | null;
  creditCode?: string | null;
  /** Company phone and contact phones. */
  phones?: (string | null | undefined)[];
  excludeId?: string;
}

/**
 * CUS-1: records that look like the same customer — the same credit code, a shared phone
 * (company or contact), or the same normalised name — across the whole company, whoever
 * owns them ("every customer is the company's"). Flagged, never silently merged.
 */
export async function findDuplicates(db: DbOrTx, probe: DuplicateProbe, limit = 10): Promise<Duplicate[]> {
  const key = probe.name ? nameKey(probe.name) : '';
  const code = probe.creditCode ? normaliseCreditCode(probe.creditCode) : '';
  const phones = [
    ...new Set((probe.phones ?? []).filter((p): p is string => !!p).map(normalisePhone)),
  ].filter((p) => p.length >= 5);
  if (!key && !code && phones.length === 0) return [];
  const phoneArray = sql`array[${sql.join(
    (phones.length ? phones : ['']).map((p) => sql`${p}`),
    sql`, `,
  )}]::text[]`;
  const rows = await queryRows<{
    id: string;
    name: string;
    by_name: boolean;
    by_code: boolean;
    by_phone: boolean;
    owner_id: string | null;
    owner_username: string | null;
    owner_name: string | null;
  }>(
    db,
    sql`select c.id, c.name,
          (${key} <> '' and c.name_key = ${key}) as by_name,
          (${code} <> '' and c.credit_code = ${code}) as by_code,
          (${phones.length > 0} and (c.phone = any(${phoneArray}) or exists (
            select 1 from customer_contacts cc where cc.customer_id = c.id and cc.deleted_at is null
              and cc.phones && ${phoneArray}))) as by_phone,
          u.id as owner_id, u.username as owner_username, u.display_name as owner_name
        from customers c left join users u on u.id = c.owner_id
        where (c.id <> ${probe.excludeId ?? '00000000-0000-0000-0000-000000000000'}::uuid)
          and ((${key} <> '' and c.name_key = ${key})
            or (${code} <> '' and c.credit_code = ${code})
            or (${phones.length > 0} and (c.phone = any(${phoneArray}) or c.id in (
              select cc.customer_id from customer_contacts cc
              where cc.deleted_at is null and cc.phones && ${phoneArray}))))
        order by c.created_at
        limit ${limit}`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    by: [
      ...(r.by_code ? (['creditCode'] as const) : []),
      ...(r.by_phone ? (['phone'] as const) : []),
      ...(r.by_name ? (['name'] as const) : []),
    ],
    owner: joinedUserRef(r.owner_id, r.owner_username, r.owner_name),
    inPool: r.owner_id === null,
  }));
}
