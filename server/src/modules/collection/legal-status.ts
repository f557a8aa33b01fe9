import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { type ContractRow, type LegalStatus, setContractLegalStatus } from '../contracts/index.js';
import { CUSTOMER_SUBJECT } from '../customers/index.js';
import type { ZLegalStatusInput } from './schemas.js';

export const legalStatusLabels: Record<LegalStatus, Localized> = {
  none: { 'zh-CN': '正常催收', en: 'Normal collection' },
  legal_review: { 'zh-CN': '法务审查', en: 'Legal review' },
  legal_action: { 'zh-CN': '法律诉讼', en: 'Legal action' },
  closed: { 'zh-CN': '法务结案', en: 'Closed' },
};

/** The customer's timeline shows each legal-status change of a contract. */
async function onTimeline(tx: Tx, ctx: Ctx, before: ContractRow, status: LegalStatus, note: string) {
  await addTimelineEvent(tx, ctx, {
    subjectType: CUSTOMER_SUBJECT,
    subjectId: before.customerId,
    kind: 'contract.legalStatus',
    summary: {
      'zh-CN': `合同 ${before.number} 法务状态：${legalStatusLabels[before.legalStatus]['zh-CN']} → ${legalStatusLabels[status]['zh-CN']}（${note}）`,
      en: `Contract ${before.number} legal status: ${legalStatusLabels[before.legalStatus].en} → ${legalStatusLabels[status].en} (${note})`,
    },
    refType: 'contract',
    refId: before.id,
    data: { from: before.legalStatus, to: status, note },
  });
}

/**
 * AR-8: persistent overdue → legal review, when the ladder's legal step is reached. Only a
 * contract still in normal collection moves (someone may already have set another status).
 */
export async function markLegalReview(tx: Tx, ctx: Ctx, contractId: string, daysOverdue: number) {
  const note = `逾期 ${daysOverdue} 天 / ${daysOverdue} days overdue`;
  const changed = await setContractLegalStatus(tx, ctx, contractId, {
    status: 'legal_review',
    note,
    action: 'legal.escalate',
    from: 'normal_collection',
  });
  if (changed) await onTimeline(tx, ctx, changed.before, 'legal_review', note);
}

/** AR-8: finance or the director sets a signed contract's legal-action status, with a note (audited, on the timeline). */
export async function setLegalStatus(
  ctx: Ctx,
  contractId: string,
  input: z.output<typeof ZLegalStatusInput>,
) {
  return inTx(ctx, async (tx) => {
    const changed = await setContractLegalStatus(tx, ctx, contractId, {
      status: input.status,
      note: input.note,
      action: 'legal.set',
      from: 'signed',
    });
    if (!changed) throw appError('NOT_FOUND');
    await onTimeline(tx, ctx, changed.before, input.status, input.note);
    const { after } = changed;
    return {
      id: after.id,
      legalStatus: after.legalStatus,
      legalStatusAt: after.legalStatusAt ? after.legalStatusAt.toISOString() : null,
    };
  });
}
