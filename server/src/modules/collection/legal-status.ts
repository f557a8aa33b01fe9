import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { contracts, type legalStatuses } from '../contracts/tables.js';
import { CUSTOMER_SUBJECT } from '../customers/scope.js';
import type { ZLegalStatusInput } from './schemas.js';

type LegalStatus = (typeof legalStatuses)[number];

export const legalStatusLabels: Record<LegalStatus, Localized> = {
  none: { 'zh-CN': '正常催收', en: 'Normal collection' },
  legal_review: { 'zh-CN': '法务审查', en: 'Legal review' },
  legal_action: { 'zh-CN': '法律诉讼', en: 'Legal action' },
  closed: { 'zh-CN': '法务结案', en: 'Closed' },
};

async function write(
  tx: Tx,
  ctx: Ctx,
  contract: typeof contracts.$inferSelect,
  status: LegalStatus,
  note: string,
  action: string,
) {
  const at = ctx.clock.now();
  const [after] = await tx
    .update(contracts)
    .set({ legalStatus: status, legalStatusAt: at, updatedAt: at })
    .where(eq(contracts.id, contract.id))
    .returning();
  await audit(tx, ctx, {
    entity: 'contract',
    entityId: contract.id,
    action,
    before: { legalStatus: contract.legalStatus },
    after: { legalStatus: status, note },
  });
  await addTimelineEvent(tx, ctx, {
    subjectType: CUSTOMER_SUBJECT,
    subjectId: contract.customerId,
    kind: 'contract.legalStatus',
    summary: {
      'zh-CN': `合同 ${contract.number} 法务状态：${legalStatusLabels[contract.legalStatus]['zh-CN']} → ${legalStatusLabels[status]['zh-CN']}（${note}）`,
      en: `Contract ${contract.number} legal status: ${legalStatusLabels[contract.legalStatus].en} → ${legalStatusLabels[status].en} (${note})`,
    },
    refType: 'contract',
    refId: contract.id,
    data: { from: contract.legalStatus, to: status, note },
  });
  return after!;
}

/**
 * AR-8: persistent overdue → legal review, when the ladder's legal step is reached. Only a
 * contract still in normal collection moves (someone may already have set another status).
 */
export async function markLegalReview(tx: Tx, ctx: Ctx, contractId: string, daysOverdue: number) {
  const [contract] = await tx
    .select()
    .from(contracts)
    .where(and(eq(contracts.id, contractId), eq(contracts.legalStatus, 'none')))
    .for('update');
  if (!contract) return;
  await write(
    tx,
    ctx,
    contract,
    'legal_review',
    `逾期 ${daysOverdue} 天 / ${daysOverdue} days overdue`,
    'legal.escalate',
  );
}

/** AR-8: finance or the director sets a signed contract's legal-action status, with a note (audited, on the timeline). */
export async function setLegalStatus(
  ctx: Ctx,
  contractId: string,
  input: z.output<typeof ZLegalStatusInput>,
) {
  return inTx(ctx, async (tx) => {
    const [contract] = await tx
      .select()
      .from(contracts)
      .where(and(eq(contracts.id, contractId), eq(contracts.status, 'signed')))
      .for('update');
    if (!contract) throw appError('NOT_FOUND');
    const after = await write(tx, ctx, contract, input.status, input.note, 'legal.set');
    return {
      id: after.id,
      legalStatus: after.legalStatus,
      legalStatusAt: after.legalStatusAt ? after.legalStatusAt.toISOString() : null,
    };
  });
}
