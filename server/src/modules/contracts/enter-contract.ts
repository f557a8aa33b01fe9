import { and, count, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { assertNotFuture } from '../../platform/deadlines/company-date.js';
import { appError } from '../../platform/errors.js';
import { files } from '../../platform/files/tables.js';
import { signingPlanReviewPort } from './events.js';
import { getContract } from './queries.js';
import type { TContract, TPlannedInstalment, ZContractEnter } from './schemas.js';
import { CONTRACT_SUBJECT, type ContractRow, contractInScope, SIGNED_SCAN } from './scope.js';
import { contracts } from './tables.js';
import { contractTimelineEvent } from './timeline.js';

/** What the contract's plan (or a supplement's added instalment) must add up to; null = no plan. */
export function plannedTotal(c: Pick<ContractRow, 'kind' | 'amountFen' | 'deltaFen'>): bigint | null {
  if (c.kind === 'main') return c.amountFen;
  if (c.kind === 'supplement' && (c.deltaFen ?? 0n) > 0n) return c.deltaFen;
  return null;
}

/**
 * Q2C-7/AR-1: the assistant enters the signing data of an approved contract — the signing
 * date and, if agreed, the split of the amount into instalments (must add up, PLAN_SUM_MISMATCH).
 * The signed scan must be attached first. A second person verifies the entry. A split with an
 * instalment due beyond the collection period goes for approval first (AR-1, 第十五条).
 */
export function enterContract(
  ctx: Ctx,
  id: string,
  input: z.output<typeof ZContractEnter>,
): Promise<TContract> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const before = await contractInScope(tx, actor, id, { permission: 'contract:enter', lock: true });
    if (before.status === 'signed') throw appError('CONTRACT_SIGNED');
    if (before.status !== 'approved') throw appError('STATUS_NOT_ALLOWED');
    await assertNotFuture(tx, ctx.clock.now(), 'signedOn', input.signedOn);
    const [scans] = await tx
      .select({ n: count() })
      .from(files)
      .where(
        and(
          eq(files.subjectType, CONTRACT_SUBJECT),
          eq(files.subjectId, id),
          eq(files.purpose, SIGNED_SCAN),
          isNull(files.deletedAt),
        ),
      );
    if (Number(scans?.n ?? 0) === 0) throw appError('CONTRACT_SCAN_REQUIRED');
    let split: TPlannedInstalment[] | null = null;
    if (input.instalments && input.instalments.length > 0) {
      const total = plannedTotal(before);
      if (total === null) {
        throw appError('VALIDATION_FAILED', {
          instalments: {
            'zh-CN': '意向书和减少金额的补充协议没有回款计划',
            en: 'A letter of intent or a decreasing supplement has no payment plan',
          },
        });
      }
      const sum = input.instalments.reduce((n, i) => n + BigInt(i.amountFen), 0n);
      if (sum !== total || input.instalments.some((i) => BigInt(i.amountFen) === 0n)) {
        throw appError('PLAN_SUM_MISMATCH');
      }
      split = [...input.instalments]
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
        .map((i) => ({ dueDate: i.dueDate, amountFen: String(BigInt(i.amountFen)) }));
    }
    const at = ctx.clock.now();
    const [after] = await tx
      .update(contracts)
      .set({
        status: 'entered',
        signedOn: input.signedOn,
        plannedInstalments: split,
        enteredAt: at,
        enteredBy: actor.id,
        updatedAt: at,
      })
      .where(eq(contracts.id, id))
      .returning();
    await audit(tx, ctx, { entity: 'contract', entityId: id, action: 'contract.enter', before, after });
    await contractTimelineEvent(tx, ctx, after!, 'entered');
    // AR-1: an instalment due beyond the collection period needs the manager and finance first.
    if (split) await signingPlanReviewPort.call(tx, ctx, after!);
    return getContract(tx, actor, id);
  });
}
