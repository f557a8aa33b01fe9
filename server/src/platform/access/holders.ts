import { type SQL, sql } from 'drizzle-orm';

/** The ids of users whose roles grant a permission (any scope), as a subquery usable after `in`. */
export function holdersOfSql(permission: string): SQL {
  return sql`(select ur.user_id from user_roles ur
    join role_permissions rp on rp.role_id = ur.role_id
    where rp.permission = ${permission})`;
}
