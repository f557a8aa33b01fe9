import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Actor, type Ctx, inTx, requireActor } from '../../platform/context.js';
import { AppError, appError } from '../../platform/errors.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT, customerInScope } from '../customers/index.js';
import { resolveOwner } from './owner.js';
import { getOpportunity } from './queries.js';
import type { TOpportunity, ZOpportunityCreate } from './schemas.js';
import { stageLabels } from './stages.js';
import { opportunities, opportunityStageHistory } from './tables.js';

/** The customer of a new opportunity, which the actor must be able to read (404 on the field otherwise). */
async function readableCustomer(tx: Tx, actor: Actor, id: string) {
  try {
    return await customerInScope(tx, actor, id, 'read');
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND')
      throw appError('NOT_FOUND', {
        customerId: { 'zh-CN': '客户不存在或无权查看', en: 'No such customer, or not yours to see' },
      });
    throw e;
  }
}

/**
 * CUS-8: a sales opportunity (销售机会) on a customer the actor can see, owned by the actor
 * (or someone in their scope), in the owner's unit. Starts its stage history and the
 * customer's timeline.
 */
export function createOpportunity(
  ctx: Ctx,
  input: z.output<typeof ZOpportunityCreate>,
): Promise<TOpportunity> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const customer = await readableCustomer(tx, actor, input.customerId);
    const owner = await resolveOwner(tx, actor, input.ownerId);
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(opportunities)
      .values({
        customerId: customer.id,
        name: input.name,
        stage: input.stage,
        amountFen: BigInt(input.amountFen),
        expectedCloseDate: input.expectedCloseDate,
        ownerId: owner.id,
        unitId: owner.unitId,
        stageChangedAt: at,
        remark: input.remark ?? null,
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    if (!row) throw new Error('opportunity insert failed');
    await tx
      .insert(opportunityStageHistory)
      .values({ opportunityId: row.id, fromStage: null, toStage: row.stage, at, actorId: actor.id });
    const stage = stageLabels[row.stage];
    await addTimelineEvent(tx, ctx, {
      subjectType: CUSTOMER_SUBJECT,
      subjectId: customer.id,
      kind: 'opportunity.created',
      summary: {
        'zh-CN': `新建商机「${row.name}」（${stage['zh-CN']}）`,
        en: `New opportunity "${row.name}" (${stage.en})`,
      },
      refType: 'opportunity',
      refId: row.id,
      data: {
        stage: row.stage,
        amountFen: row.amountFen.toString(),
        expectedCloseDate: row.expectedCloseDate,
      },
    });
    await audit(tx, ctx, {
      entity: 'opportunity',
      entityId: row.id,
      action: 'opportunity.create',
      after: row,
    });
    return getOpportunity(tx, actor, row.id, at);
  });
}
