import { and, eq, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import { approvalParticipantCondition } from '../../platform/approvals/visibility.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { visitPlans } from './tables.js';

/** The approval document types of plans and of changes to approved plans. */
export const VISIT_PLAN_DOC = 'visit_plan';
export const VISIT_PLAN_CHANGE_DOC = 'visit_plan_change';

/**
 * ORG-5/VIS-2 on plans: a rep reads their own; each level above reads their people's
 * (visit_plan:read's scope per role); whoever is asked to approve a plan may open it.
 */
export function visitPlanReadScope(actor: Actor): SQL {
  return or(
    scopeCondition(actor, 'visit_plan:read', { owner: visitPlans.repId, unit: visitPlans.unitId }),
    approvalParticipantCondition(actor.id, VISIT_PLAN_DOC, visitPlans.id),
  )!;
}

export type PlanRow = typeof visitPlans.$inferSelect;

/**
 * VIS-1: the actor's own plan, locked for the write that follows. A plan is written only by its
 * rep: anyone else's — even one they may read — does not exist for writing (404).
 */
export async function ownPlanForUpdate(db: DbOrTx, actor: Actor, id: string): Promise<PlanRow> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await db
    .select()
    .from(visitPlans)
    .where(
      and(
        eq(visitPlans.id, id),
        eq(visitPlans.repId, actor.id),
        scopeCondition(actor, 'visit_plan:write', { owner: visitPlans.repId, unit: visitPlans.unitId }),
      ),
    )
    .for('update');
  if (!row) throw appError('NOT_FOUND');
  return row;
}
