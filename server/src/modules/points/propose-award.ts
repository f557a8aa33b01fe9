import { submitForApproval } from '../../platform/approvals/transitions.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { readPolicy } from '../../platform/policies/read.js';
import { getAwardRequest } from './award-requests.js';
import { POINT_AWARD_DOC } from './flow.js';
import { extraPointsPolicies } from './policies.js';
import type { TAwardRequest, TAwardRequestCreate } from './schemas.js';
import { personInScope } from './scope.js';
import { pointAwardRequests } from './tables.js';

/**
 * INC-4: someone whose points:award scope holds the person proposes extra points for them —
 * customer praise, an excellent training result, an adopted suggestion, another contribution —
 * with a reason; the points default to the rule's policy amount and may be changed. Submitted at
 * once to the approvers of points.awardApprovers; nobody proposes for themself. One
 * transaction, audited.
 */
export async function proposeAward(ctx: Ctx, input: TAwardRequestCreate): Promise<TAwardRequest> {
  const actor = requireActor(ctx);
  if (input.userId === actor.id) throw appError('POINTS_AWARD_SELF');
  const id = await inTx(ctx, async (tx) => {
    const person = await personInScope(tx, actor, input.userId, 'points:award');
    const at = ctx.clock.now();
    const points = input.points ?? (await readPolicy(tx, extraPointsPolicies[input.rule], at));
    const [row] = await tx
      .insert(pointAwardRequests)
      .values({
        userId: person.id,
        unitId: person.unitId,
        rule: input.rule,
        points,
        reason: input.reason,
        proposerId: actor.id,
        createdAt: at,
        updatedAt: at,
        createdBy: actor.id,
      })
      .returning();
    await audit(tx, ctx, {
      entity: 'point_award_request',
      entityId: row!.id,
      action: 'pointAward.propose',
      after: row!,
    });
    await submitForApproval(tx, ctx, { docType: POINT_AWARD_DOC, docId: row!.id });
    return row!.id;
  });
  return getAwardRequest(ctx.db, actor, id);
}
