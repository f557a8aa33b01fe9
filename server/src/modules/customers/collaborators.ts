import { and, asc, eq, ilike, ne, notExists, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import { scopedExists } from '../../platform/access/scoped-exists.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { units, users } from '../../platform/org/tables.js';
import { iso } from '../../platform/schemas.js';
import type { TCollaboratorCandidates, TCollaboratorList } from './schemas.js';
import { customerInScope } from './scope.js';
import { customerCollaborators, customers } from './tables.js';

/**
 * CUS-1: who may add, change and remove a customer's collaborators — its owner, or someone
 * with customer:assign over it (a supervisor for their reps' customers, a manager for the unit).
 */
export async function canManageCollaborators(db: DbOrTx, actor: Actor, customerId: string): Promise<boolean> {
  return scopedExists(
    db,
    customers,
    customerId,
    or(
      eq(customers.ownerId, actor.id),
      scopeCondition(actor, 'customer:assign', { owner: customers.ownerId, unit: customers.unitId }),
    ),
  );
}

/** The customer (in read scope) when the actor may manage its collaborators; 404 / 403 otherwise. */
export async function customerForTeamChange(db: DbOrTx, actor: Actor, customerId: string) {
  const customer = await customerInScope(db, actor, customerId, 'read');
  if (!(await canManageCollaborators(db, actor, customer.id))) throw appError('FORBIDDEN');
  return customer;
}

/** CUS-1: the colleagues working a customer with its owner (the team tab). */
export async function listCollaborators(
  db: DbOrTx,
  actor: Actor,
  customerId: string,
): Promise<TCollaboratorList> {
  const customer = await customerInScope(db, actor, customerId, 'read');
  const rows = await db
    .select({
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      unitId: units.id,
      unitName: units.name,
      access: customerCollaborators.access,
      addedAt: customerCollaborators.createdAt,
    })
    .from(customerCollaborators)
    .innerJoin(users, eq(users.id, customerCollaborators.userId))
    .innerJoin(units, eq(units.id, users.unitId))
    .where(eq(customerCollaborators.customerId, customer.id))
    .orderBy(asc(customerCollaborators.createdAt), asc(sql`${users.username}`));
  return {
    items: rows.map((r) => ({
      user: { id: r.userId, username: r.username, displayName: r.displayName },
      unit: { id: r.unitId, name: r.unitName },
      access: r.access,
      addedAt: iso(r.addedAt),
    })),
    canManage: await canManageCollaborators(db, actor, customer.id),
  };
}

/**
 * CUS-1: colleagues who could join a customer's team — any active person in the company
 * (a customer is worked across teams), not the owner and not already on it. Only for those who
 * may manage the team; a rep cannot list users otherwise, so the picker asks here.
 */
export async function listCollaboratorCandidates(
  db: DbOrTx,
  actor: Actor,
  customerId: string,
  q: string | undefined,
): Promise<TCollaboratorCandidates> {
  const customer = await customerForTeamChange(db, actor, customerId);
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      unitId: units.id,
      unitName: units.name,
    })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(
      and(
        eq(users.status, 'active'),
        customer.ownerId ? ne(users.id, customer.ownerId) : undefined,
        notExists(
          db
            .select({ one: sql`1` })
            .from(customerCollaborators)
            .where(
              and(
                eq(customerCollaborators.customerId, customer.id),
                eq(customerCollaborators.userId, users.id),
              ),
            ),
        ),
        q
          ? or(ilike(users.displayName, containsPattern(q)), ilike(users.username, containsPattern(q)))
          : undefined,
      ),
    )
    .orderBy(asc(users.displayName), asc(users.username))
    .limit(20);
  return {
    items: rows.map((r) => ({
      user: { id: r.id, username: r.username, displayName: r.displayName },
      unit: { id: r.unitId, name: r.unitName },
    })),
  };
}
