import { eq } from 'drizzle-orm';
import { latestRequestOf } from '../../platform/approvals/queries.js';
import { withdrawApproval } from '../../platform/approvals/transitions.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { VISIT_PRE_APPROVAL } from './pre-approval-flow.js';
import { VISIT_SUBJECT } from './subject.js';
import { visits } from './tables.js';
import { getVisit } from './visit-queries.js';
import { BEFORE_VISIT } from './visit-rules.js';
import type { TVisit } from './visit-schemas.js';
import { assertVisitStatus, visitInScope } from './visit-scope.js';

/**
 * VIS-4: a visit not yet made (planned or prepared) is cancelled with a reason, by its rep or
 * someone above them with visit:write. A pending pre-approval is withdrawn with it when the rep
 * cancels (they submitted it); anyone else waits for its decision. Kept, never deleted; audited.
 */
export function cancelVisit(ctx: Ctx, id: string, reason: string): Promise<TVisit> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const before = await visitInScope(tx, actor, id, { mode: 'write', lock: true });
    assertVisitStatus(before, BEFORE_VISIT);
    if (before.preApproval === 'pending') {
      if (before.repId !== actor.id) throw appError('RECORD_LOCKED_PENDING_APPROVAL');
      const pending = await latestRequestOf(tx, VISIT_PRE_APPROVAL, before.id);
      if (pending?.status === 'pending') await withdrawApproval(tx, ctx, pending.id);
    }
    const at = ctx.clock.now();
    const [after] = await tx
      .update(visits)
      .set({ status: 'cancelled', cancelReason: reason, updatedAt: at })
      .where(eq(visits.id, before.id))
      .returning();
    await audit(tx, ctx, {
      entity: VISIT_SUBJECT,
      entityId: before.id,
      action: 'visit.cancel',
      before,
      after,
    });
    return getVisit(tx, actor, before.id);
  });
}
