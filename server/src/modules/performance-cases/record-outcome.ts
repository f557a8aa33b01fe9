import { eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { getCase } from './queries.js';
import type { TCase, TOutcomeInput } from './schemas.js';
import { assertStep, caseForWrite, PERF_CASE_ENTITY } from './scope.js';
import { performanceCases } from './tables.js';

/**
 * INC-8: the outcome closes the case — improved, not improved or other, with notes — once the
 * plan is agreed (and a review's decision approved). Closed, the case is kept as it is. One
 * transaction, audited.
 */
export async function recordOutcome(ctx: Ctx, id: string, input: TOutcomeInput): Promise<TCase> {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  await inTx(ctx, async (tx) => {
    const row = await caseForWrite(tx, actor, id);
    assertStep(row, 'outcome');
    await tx
      .update(performanceCases)
      .set({
        status: 'closed',
        outcome: input.outcome,
        outcomeNotes: input.notes,
        closedBy: actor.id,
        closedAt: at,
        updatedAt: at,
      })
      .where(eq(performanceCases.id, row.id));
    await audit(tx, ctx, {
      entity: PERF_CASE_ENTITY,
      entityId: row.id,
      action: 'perfCase.close',
      before: { status: row.status },
      after: { status: 'closed', outcome: input.outcome, outcomeNotes: input.notes },
    });
  });
  return getCase(ctx.db, actor, id);
}
