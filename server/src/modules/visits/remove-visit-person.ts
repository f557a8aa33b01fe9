import { and, eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { VISIT_SUBJECT } from './subject.js';
import { visitPeople } from './tables.js';
import { getVisit } from './visit-queries.js';
import { VISIT_MADE } from './visit-rules.js';
import type { TVisit } from './visit-schemas.js';
import { assertVisitStatus, visitInScope } from './visit-scope.js';

/** VIS-4: a person entered by mistake is taken off the visit; the audit row keeps what was there. */
export function removeVisitPerson(ctx: Ctx, id: string, personId: string): Promise<TVisit> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const visit = await visitInScope(tx, actor, id, { mode: 'write', lock: true });
    assertVisitStatus(visit, VISIT_MADE);
    const [gone] = await tx
      .delete(visitPeople)
      .where(and(eq(visitPeople.id, personId), eq(visitPeople.visitId, visit.id)))
      .returning();
    if (!gone) throw appError('NOT_FOUND');
    await audit(tx, ctx, {
      entity: VISIT_SUBJECT,
      entityId: visit.id,
      action: 'visit.person.remove',
      before: gone,
    });
    return getVisit(tx, actor, visit.id);
  });
}
