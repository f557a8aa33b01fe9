import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { closeDueItems, openDueItem } from '../../platform/deadlines/due-items.js';
import { defaultLadder } from '../../platform/deadlines/ladder.js';
import { defineDueItemLink } from '../../platform/deadlines/links.js';
import { dueItems } from '../../platform/deadlines/tables.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { excerpt, followUpKindLabels } from './follow-up-kinds.js';
import { followUpById } from './follow-up-queries.js';
import { insertFollowUp } from './record-follow-up.js';
import type { TFollowUp, ZFollowUpCreate } from './schemas.js';
import { CUSTOMER_SUBJECT, customerInScope } from './scope.js';
import { followUps } from './tables.js';

/** Due items of next steps live on the follow-up that set them. */
export const FOLLOW_UP_SUBJECT = 'follow_up';
export const followUpDueItems = defineDueItemLink({
  subjectType: FOLLOW_UP_SUBJECT,
  link: (_id, rule) => (typeof rule.customerId === 'string' ? `/customers/${rule.customerId}` : null),
});
const FOLLOW_UP_DUE_KIND = 'followup';

/**
 * CUS-8: the author's open next steps on this customer are done once they follow up again.
 */
async function closeEarlierNextSteps(tx: Tx, ctx: Ctx, customerId: string, authorId: string) {
  const open = await tx
    .select({ subjectId: dueItems.subjectId })
    .from(dueItems)
    .where(
      and(
        eq(dueItems.kind, FOLLOW_UP_DUE_KIND),
        eq(dueItems.subjectType, FOLLOW_UP_SUBJECT),
        eq(dueItems.status, 'open'),
        eq(dueItems.ownerId, authorId),
        inArray(
          dueItems.subjectId,
          tx
            .select({ id: sql<string>`${followUps.id}::text` })
            .from(followUps)
            .where(eq(followUps.customerId, customerId)),
        ),
      ),
    );
  for (const item of open) {
    await closeDueItems(tx, ctx, {
      subjectType: FOLLOW_UP_SUBJECT,
      subjectId: item.subjectId,
      kind: FOLLOW_UP_DUE_KIND,
      reason: 'followed_up',
    });
  }
}

/**
 * CUS-8: a follow-up (phone, visit, WeChat, e-mail, meeting) by anyone who may read the
 * customer — the owner, collaborators, and the people above them. A next step with a date
 * becomes a due item for the author (in 待办, escalated by the usual ladder).
 */
export async function logFollowUp(
  ctx: Ctx,
  customerId: string,
  input: z.output<typeof ZFollowUpCreate>,
): Promise<TFollowUp> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const customer = await customerInScope(tx, actor, customerId, 'read');
    await closeEarlierNextSteps(tx, ctx, customer.id, actor.id);
    const row = await insertFollowUp(tx, ctx, customer.id, input);
    if (row.nextStepAt) {
      // "中文 / English": each language's 待办 reads the customer and the step.
      const step = row.nextStep ?? excerpt(row.content, 30);
      await openDueItem(tx, ctx, {
        kind: FOLLOW_UP_DUE_KIND,
        title: `${customer.name} · 下一步：${step} / ${customer.name} · Next step: ${step}`,
        ownerId: actor.id,
        unitId: actor.unitId,
        subjectType: FOLLOW_UP_SUBJECT,
        subjectId: row.id,
        dueAt: row.nextStepAt,
        rule: { rule: 'CUS-8', customerId: customer.id, from: 'follow_up.next_step_at' },
        ladder: await defaultLadder(tx, ctx.clock.now()),
      });
    }
    await audit(tx, ctx, {
      entity: CUSTOMER_SUBJECT,
      entityId: customer.id,
      action: 'customer.follow_up',
      after: row,
    });
    const label = followUpKindLabels[row.kind];
    await addTimelineEvent(tx, ctx, {
      subjectType: CUSTOMER_SUBJECT,
      subjectId: customer.id,
      kind: 'followup.logged',
      at: row.occurredAt,
      summary: {
        'zh-CN': `${actor.displayName} ${label['zh-CN']}跟进：${excerpt(row.content)}`,
        en: `${actor.displayName} followed up (${label.en}): ${excerpt(row.content)}`,
      },
      refType: FOLLOW_UP_SUBJECT,
      refId: row.id,
      data: {
        followUpKind: row.kind,
        nextStep: row.nextStep,
        nextStepAt: row.nextStepAt?.toISOString() ?? null,
      },
    });
    return followUpById(tx, row.id);
  });
}
