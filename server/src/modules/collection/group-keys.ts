import { type SQL, sql } from 'drizzle-orm';
import type { agingGroups } from './schemas.js';

export type GroupBy = (typeof agingGroups)[number];

/**
 * AR-9: every unit with its region — the unit at the level just below the company root that
 * contains it (ORG-1: units form one tree under the company). Walks down from the root's
 * children once; units directly at the root have no region (the caller falls back to the unit).
 * A CTE for a `with recursive` list.
 */
export const regionsCte = sql`regions(unit_id, region_id) as (
    select u.id, u.id from units u join units p on p.id = u.parent_id where p.parent_id is null
    union all
    select c.id, w.region_id from units c join regions w on c.parent_id = w.unit_id
  )`;

/**
 * How a report groups rows of a CTE with `owner_id`, `unit_id`, `customer_id` columns (alias
 * given): the key expression, the join it needs, and the label of a key (alias `g.key`).
 */
export function groupKey(by: GroupBy, alias: SQL): { key: SQL; join: SQL; label: SQL; labelJoin: SQL } {
  switch (by) {
    case 'rep':
      return {
        key: sql`${alias}.owner_id`,
        join: sql``,
        label: sql`lu.display_name`,
        labelJoin: sql`left join users lu on lu.id = g.key`,
      };
    case 'unit':
      return {
        key: sql`${alias}.unit_id`,
        join: sql``,
        label: sql`ln.name`,
        labelJoin: sql`left join units ln on ln.id = g.key`,
      };
    case 'region':
      return {
        key: sql`coalesce(rg.region_id, ${alias}.unit_id)`,
        join: sql`left join regions rg on rg.unit_id = ${alias}.unit_id`,
        label: sql`ln.name`,
        labelJoin: sql`left join units ln on ln.id = g.key`,
      };
    case 'customer':
      return {
        key: sql`${alias}.customer_id`,
        join: sql``,
        label: sql`lc.name`,
        labelJoin: sql`left join customers lc on lc.id = g.key`,
      };
  }
}
