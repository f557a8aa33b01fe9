import type { Tx } from '../../db/client.js';
import type { Ctx } from '../../platform/context.js';
import { closeDueItems, openDueItem } from '../../platform/deadlines/due-items.js';
import { defineDueItemKind } from '../../platform/deadlines/kinds.js';
import { defaultLadder } from '../../platform/deadlines/ladder.js';
import { DAY_SUMMARY_ENTITY, daySummaryLink } from './events.js';

/** OPS-3: "send the day's summary", the assistant's, from assembly until sent. */
export const SEND_DUE_KIND = 'day_summary.send';

export const sendDueKind = defineDueItemKind({
  kind: SEND_DUE_KIND,
  label: { 'zh-CN': '发送日终汇总', en: 'Send the end-of-day summary' },
  link: (id) => daySummaryLink(id),
});

/**
 * OPS-3: the assistant's due item to send the summary by the policy time, with the usual ladder
 * (reminded, then at the due time the assistant's superior told). In the caller's transaction.
 */
export async function openSendDue(
  tx: Tx,
  ctx: Ctx,
  s: { id: string; assistantId: string; unitId: string; unitName: string; day: string; sendBy: Date },
): Promise<void> {
  await openDueItem(tx, ctx, {
    kind: SEND_DUE_KIND,
    title: `发送 ${s.day} ${s.unitName}日终汇总 / Send the ${s.day} end-of-day summary of ${s.unitName}`,
    ownerId: s.assistantId,
    unitId: s.unitId,
    subjectType: DAY_SUMMARY_ENTITY,
    subjectId: s.id,
    dueAt: s.sendBy,
    rule: { policy: 'daySummary.sendBy', day: s.day },
    ladder: await defaultLadder(tx, ctx.clock.now()),
  });
}

/** OPS-3: sent — the due item closes. */
export function closeSendDue(tx: Tx, ctx: Ctx, summaryId: string): Promise<void> {
  return closeDueItems(tx, ctx, {
    subjectType: DAY_SUMMARY_ENTITY,
    subjectId: summaryId,
    kind: SEND_DUE_KIND,
    reason: 'sent',
  });
}
