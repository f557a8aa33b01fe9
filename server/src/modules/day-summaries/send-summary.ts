import { eq } from 'drizzle-orm';
import { chainSteps } from '../../platform/approvals/chain-policy.js';
import { audit } from '../../platform/audit/audit.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { notify } from '../../platform/notifications/notify.js';
import { PeopleResolver, type PeopleRule } from '../../platform/org/resolve-people.js';
import { units } from '../../platform/org/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { buildContent } from './content.js';
import { closeSendDue } from './due-items.js';
import { DAY_SUMMARY_ENTITY, daySummaryLink, daySummarySentEvent } from './events.js';
import { recipients } from './policies.js';
import { getDaySummary } from './queries.js';
import { lockOwnUnsent } from './save-remarks.js';
import type { TDaySummary } from './schemas.js';
import { daySummaries } from './tables.js';
import { summaryText } from './words.js';

/**
 * OPS-3: the assistant sends the day's summary: its content is read again (logs submitted since
 * assembly count), the remarks kept, and one mail goes to each person daySummary.recipients names
 * relative to the assistant (by default the GM and the unit's sales manager) through the mail
 * engine; the send due item closes.
 */
export function sendDaySummary(
  ctx: Ctx,
  id: string,
  input: { remarks?: string | undefined },
): Promise<TDaySummary> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const row = await lockOwnUnsent(tx, ctx, id);
    const at = ctx.clock.now();
    const tz = await readCompanyTimeZone(tx, at);
    const content = await buildContent(tx, actor, row.day, tz);
    const remarks = input.remarks ?? row.remarks;
    const chain = await readPolicy(tx, recipients, at, row.unitId);
    const resolver = new PeopleResolver(tx, { userId: row.assistantId, unitId: row.unitId });
    const to: string[] = [];
    for (const step of chainSteps(chain)) {
      for (const id of (await resolver.resolve(step as PeopleRule)).userIds)
        if (!to.includes(id)) to.push(id);
    }
    if (to.length === 0) throw appError('DAY_SUMMARY_NO_RECIPIENTS');
    await tx
      .update(daySummaries)
      .set({
        content,
        remarks,
        status: 'sent',
        sentAt: at,
        sentBy: actor.id,
        recipientIds: to,
        updatedAt: at,
      })
      .where(eq(daySummaries.id, row.id));
    const [unit] = await tx.select({ name: units.name }).from(units).where(eq(units.id, row.unitId));
    const body = summaryText(content, remarks);
    for (const userId of to) {
      await notify(tx, ctx, {
        userId,
        event: daySummarySentEvent.key,
        title: {
          'zh-CN': `${unit?.name ?? ''} ${row.day} 日终汇总`,
          en: `End-of-day summary of ${unit?.name ?? ''}, ${row.day}`,
        },
        body,
        subjectType: DAY_SUMMARY_ENTITY,
        subjectId: row.id,
        link: daySummaryLink(row.id),
      });
    }
    await closeSendDue(tx, ctx, row.id);
    await audit(tx, ctx, {
      entity: DAY_SUMMARY_ENTITY,
      entityId: row.id,
      action: 'daySummary.send',
      before: { status: row.status },
      after: { status: 'sent', recipients: to, orders: content.orders.length, logs: content.logs.length },
    });
    return getDaySummary(tx, actor, row.id);
  });
}
