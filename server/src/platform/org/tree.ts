import { eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * The organisation as SQL: the recursive walks over `users.superior_id` (ORG-2) and
 * `units.parent_id` (ORG-1) that scopes, filters and checks share. Each returns a subquery
 * usable after `in`.
 */

/** Everyone below a user in the superior chain; with `withSelf`, the user too. */
export function subordinateIdsSql(userId: string, opts: { withSelf: boolean }): SQL {
  const start = opts.withSelf
    ? sql`select id from users where id = ${userId}`
    : sql`select id from users where superior_id = ${userId}`;
  return sql`(with recursive below as (
      ${start}
      union all
      select u.id from users u join below on u.superior_id = below.id
    ) select id from below)`;
}

/** Everyone above a user, nearest first: rows (id, depth) with depth 1 for the direct superior. */
export function superiorChainSql(userId: string): SQL {
  return sql`(with recursive up as (
      select superior_id as id, 1 as depth from users where id = ${userId}
      union all
      select u.superior_id, up.depth + 1 from users u join up on u.id = up.id
      where up.depth < 100
    ) select id, depth from up where id is not null)`;
}

/** A unit and every unit below it. */
export function unitSubtreeIdsSql(unitId: string): SQL {
  return sql`(with recursive tree as (
      select id from units where id = ${unitId}
      union all
      select c.id from units c join tree on c.parent_id = tree.id
    ) select id from tree)`;
}

/** A record's unit is this unit, or (with `tree`) this unit or any unit below it. */
export function inUnit(column: AnyPgColumn, unitId: string, tree: boolean): SQL {
  return tree ? sql`${column} in ${unitSubtreeIdsSql(unitId)}` : eq(column, unitId);
}
