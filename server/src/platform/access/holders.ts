import { type SQL, sql } from 'drizzle-orm';
import type { Permission } from '../../modules/permission-codes.js';

/** The ids of users whose roles grant a permission (any scope), as a subquery usable after `in`. */
export function holdersOfSql(permission: Permission): SQL {
  return sql`(select ur.user_id from user_roles ur
    join role_permissions rp on rp.role_id = ur.role_id
    where rp.permission = ${permission})`;
}
