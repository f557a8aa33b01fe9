import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Permission } from '../permission-codes.js';

const WRITE: Permission = 'worklog:write';

/**
 * OPS-1: who must write a work log every day. The regulations name each rep (每位业务员); the
 * system reads it from the roles, which admins keep (ORG-6): an active user whose roles grant
 * worklog:write at scope `own` and at no wider scope. A supervisor, who holds it over their
 * people and reviews their logs, is not asked — unless an administrator gives their role the
 * narrower grant alone.
 */
export function loggerCondition(userId: AnyPgColumn | SQL, status: AnyPgColumn | SQL): SQL {
  return sql`(${status} = 'active'
    and exists (select 1 from user_roles ur join role_permissions rp on rp.role_id = ur.role_id
      where ur.user_id = ${userId} and rp.permission = ${WRITE})
    and not exists (select 1 from user_roles ur join role_permissions rp on rp.role_id = ur.role_id
      where ur.user_id = ${userId} and rp.permission = ${WRITE} and rp.scope <> 'own'))`;
}
