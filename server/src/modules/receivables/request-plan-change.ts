import { and, eq } from 'drizzle-orm';
import { submitForApproval } from '../../platform/approvals/transitions.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { moneyText } from '../../platform/money.js';
import { assertSignedMain } from '../contracts/index.js';
import { contractInScope } from './contract-access.js';
import { PLAN_CHANGE, replaceableInstalments } from './plan-change-flow.js';
import { getPlanChange } from './plan-change-queries.js';
import type { TPlanChange, TPlanChangeCreate } from './schemas.js';
import { planChanges } from './tables.js';

/**
 * AR-1: after signing, the plan changes only with approval. The new instalments must add up to
 * exactly what the replaced ones still have open and unreserved; one change at a time.
 */
export function requestPlanChange(
  ctx: Ctx,
  contractId: string,
  input: TPlanChangeCreate,
): Promise<TPlanChange> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const contract = await contractInScope(tx, actor, contractId, 'plan:change');
    assertSignedMain(contract);
    const replaced = await replaceableInstalments(tx, contract.id);
    const openFen = replaced.reduce((n, i) => n + (i.amountFen - i.reservedFen), 0n);
    const proposedFen = input.instalments.reduce((n, i) => n + BigInt(i.amountFen), 0n);
    if (openFen === 0n || proposedFen !== openFen)
      throw appError('PLAN_SUM_MISMATCH', {
        instalments: {
          'zh-CN':
            openFen === 0n
              ? '没有可变更的未收金额（已结清，或尚有待财务确认的回款）'
              : `新计划合计须等于可变更的未收金额 ${moneyText(openFen)}`,
          en:
            openFen === 0n
              ? 'Nothing open can be re-planned (paid, or payments still await finance)'
              : `The new instalments must add up to the changeable open amount, ${moneyText(openFen)}`,
        },
      });
    const [reviewing] = await tx
      .select({ id: planChanges.id })
      .from(planChanges)
      .where(and(eq(planChanges.contractId, contract.id), eq(planChanges.status, 'reviewing')));
    if (reviewing) throw appError('APPROVAL_ALREADY_PENDING');
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(planChanges)
      .values({
        contractId: contract.id,
        ownerId: actor.id,
        unitId: actor.unitId,
        proposed: input.instalments.map((i) => ({
          dueDate: i.dueDate,
          amountFen: BigInt(i.amountFen).toString(),
        })),
        reason: input.reason,
        status: 'reviewing',
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    await audit(tx, ctx, {
      entity: 'plan_change',
      entityId: row!.id,
      action: 'plan_change.request',
      after: row,
    });
    await submitForApproval(tx, ctx, { docType: PLAN_CHANGE, docId: row!.id });
    return getPlanChange(tx, actor, row!.id);
  });
}
