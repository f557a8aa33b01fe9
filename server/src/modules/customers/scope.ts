import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { scopedExists } from '../../platform/access/scoped-exists.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import type { ScopeArms } from '../../platform/lists/list-page.js';
import { isUuid } from '../../platform/schemas.js';
import { customers } from './tables.js';

const cols = { owner: customers.ownerId, unit: customers.unitId };

/**
 * The customers the actor collaborates on. Written as `id = any(array(…))` so the planner
 * evaluates the list once and can combine the primary-key index with the owner index
 * (BitmapOr) instead of checking every customer row.
 */
function collaborates(actor: Actor, access?: 'write'): SQL {
  return access
    ? sql`${customers.id} = any(array(select cc.customer_id from customer_collaborators cc
        where cc.user_id = ${actor.id} and cc.access = 'write'))`
    : sql`${customers.id} = any(array(select cc.customer_id from customer_collaborators cc
        where cc.user_id = ${actor.id}))`;
}

/**
 * ORG-5 on the customer file: a rep sees the customers they own or collaborate on; a
 * supervisor also their reps'; a manager their units'; the director all (customer:read's
 * scope per role). Every list, detail, search, export and report of customers adds this.
 */
export function customerReadScope(actor: Actor): SQL {
  return or(scopeCondition(actor, 'customer:read', cols), collaborates(actor))!;
}

/**
 * The read scope as two disjoint arms on `customers` for the list (ADR 35): the role's scope, and
 * the customers collaborated on outside it. Each arm is served by an index of its own (owner or
 * unit with lifecycle and time; the primary key), where the OR of customerReadScope reads every
 * row in scope to order or count them. Null for the scope `all`, which needs no arms.
 */
export function customerReadScopeArms(actor: Actor): ScopeArms | null {
  if (actor.permissions['customer:read'] === 'all') return null;
  const role = scopeCondition(actor, 'customer:read', cols);
  return {
    table: sql`${customers}`,
    id: customers.id,
    arms: [role, sql`${collaborates(actor)} and (${role}) is not true`],
  };
}

/** Who may change a customer: customer:write's scope, or a read-write collaborator. */
export function customerWriteScope(actor: Actor): SQL {
  return or(scopeCondition(actor, 'customer:write', cols), collaborates(actor, 'write'))!;
}

/** A customer's id, owner and unit when the actor may read (or, with `write`, change) it; 404 otherwise. */
export async function customerInScope(
  db: DbOrTx,
  actor: Actor,
  id: string,
  mode: 'read' | 'write' = 'read',
): Promise<{
  id: string;
  name: string;
  ownerId: string | null;
  unitId: string;
  lifecycle: 'lead' | 'customer';
}> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await db
    .select({
      id: customers.id,
      name: customers.name,
      ownerId: customers.ownerId,
      unitId: customers.unitId,
      lifecycle: customers.lifecycle,
    })
    .from(customers)
    .where(and(eq(customers.id, id), customerReadScope(actor)));
  if (!row) throw appError('NOT_FOUND');
  if (mode === 'write' && !(await scopedExists(db, customers, id, customerWriteScope(actor))))
    throw appError('FORBIDDEN');
  return row;
}

/** The subject type customers go by in the timeline, files and due items. */
export const CUSTOMER_SUBJECT = 'customer';
