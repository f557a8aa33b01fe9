import { and, eq, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import { approvalParticipantCondition } from '../../platform/approvals/visibility.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { personalPlans } from './tables.js';

/** The approval document type of personal plans (each version is a document). */
export const PERSONAL_PLAN_DOC = 'personal_plan';

export type PersonalPlanRow = typeof personalPlans.$inferSelect;

/**
 * ORG-5/PLAN-4 on personal plans: a rep reads their own; each level above reads their people's
 * (personal_plan:read's scope per role); whoever is asked to approve a plan may open it.
 */
export function personalPlanReadScope(actor: Actor): SQL {
  return or(
    scopeCondition(actor, 'personal_plan:read', { owner: personalPlans.repId, unit: personalPlans.unitId }),
    approvalParticipantCondition(actor.id, PERSONAL_PLAN_DOC, personalPlans.id),
  )!;
}

/**
 * PLAN-4: the actor's own plan, locked for the write that follows. A plan is written only by its
 * rep: anyone else's — even one they may read — does not exist for writing (404).
 */
export async function ownPlanForUpdate(db: DbOrTx, actor: Actor, id: string): Promise<PersonalPlanRow> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await db
    .select()
    .from(personalPlans)
    .where(
      and(
        eq(personalPlans.id, id),
        eq(personalPlans.repId, actor.id),
        scopeCondition(actor, 'personal_plan:write', {
          owner: personalPlans.repId,
          unit: personalPlans.unitId,
        }),
      ),
    )
    .for('update');
  if (!row) throw appError('NOT_FOUND');
  return row;
}
