import type { Tx } from '../../db/client.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import type { Ctx } from '../../platform/context.js';
import { endOfLocalDay } from '../../platform/deadlines/calendar.js';
import { closeDueItems, openDueItem } from '../../platform/deadlines/due-items.js';
import { defineDueItemKind } from '../../platform/deadlines/kinds.js';
import { defaultLadder } from '../../platform/deadlines/ladder.js';
import { RISK_ENTITY, RISK_REVIEW_KIND, type RiskRow, riskLink } from './scope.js';

/** RISK-1: "review this risk", the owner's, by the end of the review date. */
export const riskReviewKind = defineDueItemKind({
  kind: RISK_REVIEW_KIND,
  label: { 'zh-CN': '复核风险', en: 'Review a risk' },
  link: (id) => riskLink(id),
});

/**
 * RISK-1/ORG-4: the owner's review of a risk is due at the end of its review date (company
 * calendar), with the usual ladder: reminded before, at the due time the owner and their
 * superior told, later the next level up. Any earlier item of the risk closes first (a new date,
 * a new owner); a closed risk has none. In the caller's transaction, audited.
 */
export async function syncReviewDue(tx: Tx, ctx: Ctx, risk: RiskRow, reason: string): Promise<void> {
  await closeDueItems(tx, ctx, {
    subjectType: RISK_ENTITY,
    subjectId: risk.id,
    kind: RISK_REVIEW_KIND,
    reason,
  });
  if (risk.status === 'closed') return;
  const now = ctx.clock.now();
  const tz = await readCompanyTimeZone(tx, now);
  await openDueItem(tx, ctx, {
    kind: RISK_REVIEW_KIND,
    title: `复核风险 ${risk.number} / Review risk ${risk.number}: ${risk.title.slice(0, 60)}`,
    ownerId: risk.ownerId,
    unitId: risk.unitId,
    subjectType: RISK_ENTITY,
    subjectId: risk.id,
    dueAt: endOfLocalDay(risk.reviewOn, tz),
    rule: { reviewOn: risk.reviewOn },
    ladder: await defaultLadder(tx, now),
  });
}
