import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT } from '../customers/index.js';
import { lockOpenOpportunity } from './lock-opportunity.js';
import { getOpportunity } from './queries.js';
import type { TOpportunity, ZOpportunityStageMove } from './schemas.js';
import { isClosedStage, stageLabels } from './stages.js';
import { opportunities, opportunityStageHistory } from './tables.js';

/**
 * CUS-8: moves an opportunity through the pipeline (any open stage to any other, or to won /
 * lost — lost with its reason). Won and lost close it for good. Every move is kept in the
 * stage history, shown on the customer's timeline and audited.
 */
export function moveOpportunityStage(
  ctx: Ctx,
  id: string,
  input: z.output<typeof ZOpportunityStageMove>,
): Promise<TOpportunity> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const before = await lockOpenOpportunity(tx, actor, id);
    if (before.stage === input.stage) throw appError('OPPORTUNITY_SAME_STAGE');
    const at = ctx.clock.now();
    const closes = isClosedStage(input.stage);
    const [after] = await tx
      .update(opportunities)
      .set({
        stage: input.stage,
        stageChangedAt: at,
        closedAt: closes ? at : null,
        lostReason: input.stage === 'lost' ? input.lostReason! : null,
        updatedAt: at,
      })
      .where(eq(opportunities.id, id))
      .returning();
    if (!after) throw new Error('opportunity update failed');
    await tx
      .insert(opportunityStageHistory)
      .values({ opportunityId: id, fromStage: before.stage, toStage: input.stage, at, actorId: actor.id });
    const from = stageLabels[before.stage];
    const to = stageLabels[input.stage];
    const reason = input.stage === 'lost' ? input.lostReason! : null;
    await addTimelineEvent(tx, ctx, {
      subjectType: CUSTOMER_SUBJECT,
      subjectId: before.customerId,
      kind: 'opportunity.stage',
      summary: {
        'zh-CN': `商机「${after.name}」：${from['zh-CN']} → ${to['zh-CN']}${reason ? `（输单原因：${reason}）` : ''}`,
        en: `Opportunity "${after.name}": ${from.en} → ${to.en}${reason ? ` (lost because: ${reason})` : ''}`,
      },
      refType: 'opportunity',
      refId: id,
      data: { from: before.stage, to: input.stage, lostReason: reason },
    });
    await audit(tx, ctx, { entity: 'opportunity', entityId: id, action: 'opportunity.stage', before, after });
    return getOpportunity(tx, actor, id, at);
  });
}
