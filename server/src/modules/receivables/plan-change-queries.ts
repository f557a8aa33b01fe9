import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { iso, isUuid } from '../../platform/schemas.js';
import { contractScope, contracts } from '../contracts/index.js';
import { customers } from '../customers/index.js';
import type { ProposedInstalment } from './plan-change-flow.js';
import type { TPlanChange } from './schemas.js';
import { planChanges } from './tables.js';

/** AR-1: a plan change of a contract in the actor's payment:read scope (the approval link opens it). */
export async function getPlanChange(db: DbOrTx, actor: Actor, id: string): Promise<TPlanChange> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await db
    .select({
      change: planChanges,
      contractNumber: contracts.number,
      customerId: customers.id,
      customerName: customers.name,
      byId: users.id,
      byUsername: users.username,
      byName: users.displayName,
    })
    .from(planChanges)
    .innerJoin(contracts, eq(contracts.id, planChanges.contractId))
    .innerJoin(customers, eq(customers.id, contracts.customerId))
    .innerJoin(users, eq(users.id, planChanges.ownerId))
    .where(and(eq(planChanges.id, id), contractScope(actor, 'payment:read')));
  if (!row) throw appError('NOT_FOUND');
  return {
    id: row.change.id,
    contractId: row.change.contractId,
    contractNumber: row.contractNumber,
    customer: { id: row.customerId, name: row.customerName },
    proposed: row.change.proposed as ProposedInstalment[],
    reason: row.change.reason,
    status: row.change.status,
    requestedBy: { id: row.byId, username: row.byUsername, displayName: row.byName },
    createdAt: iso(row.change.createdAt),
  };
}
