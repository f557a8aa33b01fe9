import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Permission } from '../permission-codes.js';

const WRITE: Permission = 'personal_plan:write';

/**
 * PLAN-4: who must write personal annual and monthly plans. The regulations name the sales people
 * (销售人员每年应…拟定个人之《年度销售计划表》); the system reads it from the roles, which admins keep
 * (ORG-6): an active user whose roles grant personal_plan:write at scope `own` and at no wider
 * scope. A rep plans; a supervisor or manager, who holds it over their people and reviews their
 * plans, does not — unless an administrator gives their role the narrower grant alone.
 */
export function plannerCondition(userId: AnyPgColumn | SQL, status: AnyPgColumn | SQL): SQL {
  return sql`(${status} = 'active'
    and exists (select 1 from user_roles ur join role_permissions rp on rp.role_id = ur.role_id
      where ur.user_id = ${userId} and rp.permission = ${WRITE})
    and not exists (select 1 from user_roles ur join role_permissions rp on rp.role_id = ur.role_id
      where ur.user_id = ${userId} and rp.permission = ${WRITE} and rp.scope <> 'own'))`;
}
