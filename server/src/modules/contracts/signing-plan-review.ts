import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import type { ContractRow } from './scope.js';
import { contracts } from './tables.js';
import { type ContractEvent, contractTimelineEvent } from './timeline.js';

type Status = ContractRow['status'];

const outcomes = {
  /** The entry went to the manager and finance: not signed while they decide. */
  submitted: { from: ['entered', 'plan_review'], to: 'plan_review', event: 'planReview', clear: false },
  /** Approved: the entry goes on to verification (复核, Q2C-7), which signs it. */
  approved: { from: ['plan_review'], to: 'entered', event: 'planApproved', clear: false },
  /** Rejected or withdrawn: back to approved, so the signing data can be entered again. */
  rejected: { from: ['plan_review'], to: 'approved', event: 'planRejected', clear: true },
} as const satisfies Record<string, { from: Status[]; to: Status; event: ContractEvent; clear: boolean }>;

export type SigningPlanOutcome = keyof typeof outcomes;

/**
 * AR-1: the approval of a payment split beyond the collection period moves the contract (called
 * by the receivables flow's hooks, in the decision's transaction). Audited.
 */
export async function setSigningPlanOutcome(
  tx: Tx,
  ctx: Ctx,
  contractId: string,
  outcome: SigningPlanOutcome,
): Promise<void> {
  const step = outcomes[outcome];
  const [before] = await tx.select().from(contracts).where(eq(contracts.id, contractId)).for('update');
  if (!before) throw appError('NOT_FOUND');
  if (!(step.from as readonly Status[]).includes(before.status)) throw appError('STATUS_NOT_ALLOWED');
  const [after] = await tx
    .update(contracts)
    .set({
      status: step.to,
      updatedAt: ctx.clock.now(),
      ...(step.clear ? { enteredAt: null, enteredBy: null } : {}),
    })
    .where(eq(contracts.id, contractId))
    .returning();
  await audit(tx, ctx, {
    entity: 'contract',
    entityId: contractId,
    action: `contract.plan.${outcome}`,
    before,
    after,
  });
  await contractTimelineEvent(tx, ctx, after!, step.event);
}
