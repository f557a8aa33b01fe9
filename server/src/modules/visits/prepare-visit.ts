import { eq } from 'drizzle-orm';
import { submitForApproval } from '../../platform/approvals/transitions.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { VISIT_PRE_APPROVAL } from './pre-approval-flow.js';
import { VISIT_SUBJECT } from './subject.js';
import { visits } from './tables.js';
import { getVisit } from './visit-queries.js';
import { BEFORE_VISIT, needsPreApproval } from './visit-rules.js';
import type { TVisit, TVisitPrepare } from './visit-schemas.js';
import { assertOwnVisit, assertVisitStatus, type VisitRow, visitInScope } from './visit-scope.js';

type Asked = Pick<VisitRow, 'expenseFen' | 'giftNote' | 'entertainmentNote'>;

const sameAsk = (a: Asked, b: Asked) =>
  (a.expenseFen ?? 0n) === (b.expenseFen ?? 0n) &&
  (a.giftNote ?? null) === (b.giftNote ?? null) &&
  (a.entertainmentNote ?? null) === (b.entertainmentNote ?? null);

/**
 * VIS-4: before the visit the rep contacts the customer (whom, when) and applies for the items to
 * carry, the expense, a gift and entertainment. Expense above zero, a gift or entertainment goes
 * to pre-approval through the approval engine (visit.preApprovers); the visit is then prepared.
 * The preparation may be redone until the visit starts, except while the pre-approval is pending
 * and, once approved, for what was approved.
 */
export function prepareVisit(ctx: Ctx, id: string, input: TVisitPrepare): Promise<TVisit> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const before = await visitInScope(tx, actor, id, { mode: 'write', lock: true });
    assertOwnVisit(actor, before);
    assertVisitStatus(before, BEFORE_VISIT);
    if (before.preApproval === 'pending') throw appError('RECORD_LOCKED_PENDING_APPROVAL');
    const at = ctx.clock.now();
    const contactedAt = new Date(input.contactedAt);
    if (contactedAt > at) {
      throw appError('VALIDATION_FAILED', {
        contactedAt: { 'zh-CN': '联系时间不能晚于现在', en: 'The contact cannot be later than now' },
      });
    }
    const asked: Asked = {
      expenseFen: input.expenseFen ? BigInt(input.expenseFen) : null,
      giftNote: input.giftNote ?? null,
      entertainmentNote: input.entertainmentNote ?? null,
    };
    const approved = before.preApproval === 'approved';
    if (approved && !sameAsk(asked, before)) throw appError('VISIT_PRE_APPROVED_FIXED');
    const submit = !approved && needsPreApproval(asked);
    await tx
      .update(visits)
      .set({
        contactName: input.contactName,
        contactedAt,
        itemsToCarry: input.itemsToCarry ?? null,
        ...asked,
        status: 'prepared',
        preApproval: approved ? 'approved' : 'none',
        updatedAt: at,
      })
      .where(eq(visits.id, before.id));
    // The engine sets the visit's pre-approval to pending (the flow's onSubmitted).
    if (submit) await submitForApproval(tx, ctx, { docType: VISIT_PRE_APPROVAL, docId: before.id });
    const [after] = await tx.select().from(visits).where(eq(visits.id, before.id));
    await audit(tx, ctx, {
      entity: VISIT_SUBJECT,
      entityId: before.id,
      action: 'visit.prepare',
      before,
      after,
    });
    return getVisit(tx, actor, before.id);
  });
}
