import { eq } from 'drizzle-orm';
import { submitForApproval } from '../../../platform/approvals/transitions.js';
import { type Ctx, inTx, requireActor } from '../../../platform/context.js';
import { targetSets } from '../tables.js';
import type { TTargetSheet } from './schemas.js';
import { assertEditable, setForUpdate, TARGET_SET_DOC } from './scope.js';
import { sheetOfRow } from './sheet.js';

/**
 * PLAN-2/PLAN-3: the author submits the split to the approvers of plan.targetApprovers (default
 * the GM), with the reason for a gap when there is one; the checks (something split, the gap
 * rule) run in the flow, whichever route submits. A rejected set goes round again as a new round.
 */
export function submitTargetSet(
  ctx: Ctx,
  id: string,
  input: { gapReason?: string | null },
): Promise<TTargetSheet> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const set = await setForUpdate(tx, actor, id);
    assertEditable(set);
    const gapReason = input.gapReason ?? null;
    await tx.update(targetSets).set({ gapReason }).where(eq(targetSets.id, set.id));
    await submitForApproval(tx, ctx, { docType: TARGET_SET_DOC, docId: set.id });
    const [after] = await tx.select().from(targetSets).where(eq(targetSets.id, set.id));
    return sheetOfRow(tx, ctx, after!);
  });
}
