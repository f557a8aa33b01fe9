import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Permission } from '../permission-codes.js';

const WRITE: Permission = 'visit_plan:write';

/**
 * VIS-1: who must submit a monthly visit plan. The regulations name the reps (每位销售代表);
 * the system reads it from the roles, which admins keep (ORG-6): an active user whose roles
 * grant visit_plan:write at scope `own` and at no wider scope. A rep (sales_rep: own) plans;
 * a supervisor or manager, who holds it over their people and reviews plans, does not — unless
 * an administrator gives their role the narrower grant alone. Changing who plans is a change
 * of roles, audited where roles are.
 */
export function plannerCondition(userId: AnyPgColumn | SQL, status: AnyPgColumn | SQL): SQL {
  return sql`(${status} = 'active'
    and exists (select 1 from user_roles ur join role_permissions rp on rp.role_id = ur.role_id
      where ur.user_id = ${userId} and rp.permission = ${WRITE})
    and not exists (select 1 from user_roles ur join role_permissions rp on rp.role_id = ur.role_id
      where ur.user_id = ${userId} and rp.permission = ${WRITE} and rp.scope <> 'own'))`;
}
