import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Permission } from '../permission-codes.js';

const WRITE: Permission = 'month_summary:write';

/**
 * OPS-7: who writes a monthly summary — an active user whose roles grant month_summary:write and
 * who leads people (someone active has them as direct superior). Read from the roles and the org,
 * never from role codes.
 */
export function writerCondition(userId: AnyPgColumn | SQL, status: AnyPgColumn | SQL): SQL {
  return sql`(${status} = 'active'
    and exists (select 1 from user_roles ur join role_permissions rp on rp.role_id = ur.role_id
      where ur.user_id = ${userId} and rp.permission = ${WRITE})
    and exists (select 1 from users s where s.superior_id = ${userId} and s.status = 'active'))`;
}
