import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../db/client.js';
import { holdersOfSql } from '../../../platform/access/holders.js';
import type { TSetChild } from './schemas.js';

export interface Child {
  subjectType: 'unit' | 'user';
  id: string;
  name: string;
  code: string;
  kind: TSetChild['kind'];
  position: string | null;
  suggested: boolean;
}

export const childKey = (c: { subjectType?: string; type?: string; id: string }) =>
  `${c.subjectType ?? c.type}:${c.id}`;

/**
 * PLAN-3: whom a unit's target is split among — its child units, then the active people whose
 * unit it is (by sort order and name). Suggested to take part: the child units in which someone
 * carries targets (holds target:read); when there are none, the people of the unit who do.
 * Finance, HR and IT departments and the managers of a unit with sub-units are listed but not
 * suggested.
 */
export async function childrenOf(db: DbOrTx, unitId: string): Promise<Child[]> {
  const rows = await queryRows<{
    subject_type: 'unit' | 'user';
    id: string;
    name: string;
    code: string;
    kind: string;
    position: string | null;
    carries: boolean;
  }>(
    db,
    sql`select * from (
        select 'unit' as subject_type, c.id::text as id, c.name, c.code, c.kind, null::text as position,
          exists (
            with recursive tree as (
              select c.id as id union all select u.id from units u join tree on u.parent_id = tree.id
            )
            select 1 from users x where x.status = 'active' and x.unit_id in (select id from tree)
              and x.id in ${holdersOfSql('target:read')}
          ) as carries, 0 as grp, c.sort, c.name as sort_name
        from units c where c.parent_id = ${unitId}
        union all
        select 'user', x.id::text, x.display_name, x.username, 'person', x.position,
          x.id in ${holdersOfSql('target:read')}, 1, 0, x.username
        from users x where x.unit_id = ${unitId} and x.status = 'active'
      ) c order by c.grp, c.sort, c.sort_name`,
  );
  const unitsCarry = rows.some((r) => r.subject_type === 'unit' && r.carries);
  return rows.map((r) => ({
    subjectType: r.subject_type,
    id: r.id,
    name: r.name,
    code: r.code,
    kind: r.kind as TSetChild['kind'],
    position: r.position,
    suggested: r.subject_type === 'unit' ? r.carries : !unitsCarry && r.carries,
  }));
}

/** Subjects that are no longer children of the unit but hold lines in a set (moved since it was made). */
export async function formerChildren(
  db: DbOrTx,
  subjects: readonly { subjectType: 'unit' | 'user'; id: string }[],
): Promise<Child[]> {
  if (subjects.length === 0) return [];
  const unitIds = subjects.filter((s) => s.subjectType === 'unit').map((s) => s.id);
  const userIds = subjects.filter((s) => s.subjectType === 'user').map((s) => s.id);
  const list = (ids: string[]) =>
    ids.length === 0
      ? sql`null::uuid`
      : sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        );
  const rows = await queryRows<{
    subject_type: 'unit' | 'user';
    id: string;
    name: string;
    code: string;
    kind: string;
    position: string | null;
  }>(
    db,
    sql`select 'unit' as subject_type, id::text as id, name, code, kind, null::text as position
        from units where id in (${list(unitIds)})
        union all
        select 'user', id::text, display_name, username, 'person', position
        from users where id in (${list(userIds)})
        order by 1, 3`,
  );
  return rows.map((r) => ({
    subjectType: r.subject_type,
    id: r.id,
    name: r.name,
    code: r.code,
    kind: r.kind as TSetChild['kind'],
    position: r.position,
    suggested: false,
  }));
}
