import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { closeDueItems } from '../../platform/deadlines/due-items.js';
import { appError } from '../../platform/errors.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT } from '../customers/index.js';
import { dunningItemInScope, dunningItemWriteScope } from './dunning-queries.js';
import { DUNNING_SUBJECT } from './run-dunning.js';
import type { ZDunningOutcomeInput } from './schemas.js';
import { dunningItems, type dunningOutcomes } from './tables.js';

export const dunningOutcomeLabels: Record<(typeof dunningOutcomes)[number], Localized> = {
  promised: { 'zh-CN': '承诺付款', en: 'Promised to pay' },
  paid: { 'zh-CN': '已付款', en: 'Paid' },
  disputed: { 'zh-CN': '有争议', en: 'Disputed' },
  unreachable: { 'zh-CN': '联系不上', en: 'Unreachable' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

/**
 * AR-6: the rep (or someone above them in scope) records how the customer contact went; the
 * same-day to-do closes. Recording again corrects the outcome (audited each time). The outcome
 * shows on the customer's timeline.
 */
export async function recordDunningOutcome(
  ctx: Ctx,
  id: string,
  input: z.output<typeof ZDunningOutcomeInput>,
) {
  const actor = requireActor(ctx);
  await inTx(ctx, async (tx) => {
    const [before] = await tx
      .select()
      .from(dunningItems)
      .where(and(eq(dunningItems.id, id), dunningItemWriteScope(actor)))
      .for('update');
    if (!before) throw appError('NOT_FOUND');
    const at = ctx.clock.now();
    const [after] = await tx
      .update(dunningItems)
      .set({
        outcome: input.outcome,
        outcomeNote: input.note ?? null,
        promisedOn: input.outcome === 'promised' ? (input.promisedOn ?? null) : null,
        outcomeAt: at,
        outcomeBy: actor.id,
      })
      .where(eq(dunningItems.id, id))
      .returning();
    await closeDueItems(tx, ctx, { subjectType: DUNNING_SUBJECT, subjectId: id, reason: 'contacted' });
    await audit(tx, ctx, {
      entity: 'dunning_item',
      entityId: id,
      action: 'dunning.outcome',
      before: { outcome: before.outcome, note: before.outcomeNote, promisedOn: before.promisedOn },
      after: { outcome: after!.outcome, note: after!.outcomeNote, promisedOn: after!.promisedOn },
    });
    const label = dunningOutcomeLabels[input.outcome];
    const promised = after!.promisedOn ? `，${after!.promisedOn}` : '';
    const promisedEn = after!.promisedOn ? ` by ${after!.promisedOn}` : '';
    await addTimelineEvent(tx, ctx, {
      subjectType: CUSTOMER_SUBJECT,
      subjectId: before.customerId,
      kind: 'dunning.outcome',
      summary: {
        'zh-CN': `催款联系：${label['zh-CN']}${promised}${input.note ? `（${input.note}）` : ''}`,
        en: `Dunning contact: ${label.en}${promisedEn}${input.note ? ` (${input.note})` : ''}`,
      },
      refType: 'dunning_item',
      refId: id,
      data: { outcome: input.outcome, promisedOn: after!.promisedOn },
    });
  });
  return (await dunningItemInScope(ctx.db, actor, id))!;
}
