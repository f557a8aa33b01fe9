import { eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { emit } from '../../platform/events/domain-events.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT } from '../customers/index.js';
import { VISIT_SUBJECT } from './subject.js';
import { visits } from './tables.js';
import { visitDone } from './visit-events.js';
import { locationText, recordedLocation } from './visit-location.js';
import { getVisit, minutesSpent } from './visit-queries.js';
import type { TVisit, TVisitCheckOut } from './visit-schemas.js';
import { assertOwnVisit, assertVisitStatus, visitInScope } from './visit-scope.js';
import { purposeText } from './visit-words.js';

const hoursText = (minutes: number) => (minutes / 60).toFixed(1);

/**
 * VIS-4: the rep leaves and checks out with the outcome — only the visit's own rep, on a visit
 * under way. Server time and the phone's position (or why there is none) as at check-in; time
 * spent is check-out − check-in. The visit is done: `visit.done` is emitted in this transaction
 * (the visit report falls due from it, VIS-5) and the customer's timeline shows the visit and its
 * outcome (CUS-8).
 */
export function checkOutVisit(ctx: Ctx, id: string, input: TVisitCheckOut): Promise<TVisit> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const before = await visitInScope(tx, actor, id, { mode: 'write', lock: true });
    assertOwnVisit(actor, before);
    assertVisitStatus(before, ['in_progress']);
    const where = recordedLocation(input);
    const at = ctx.clock.now();
    const [after] = await tx
      .update(visits)
      .set({
        status: 'done',
        checkOutAt: at,
        checkOutLocation: where.location,
        checkOutLat: where.lat,
        checkOutLng: where.lng,
        checkOutAccuracyM: where.accuracyM,
        outcome: input.outcome,
        updatedAt: at,
      })
      .where(eq(visits.id, before.id))
      .returning();
    if (!after) throw new Error('visit update failed');
    const spent = minutesSpent(after) ?? 0;
    const purpose = purposeText(before.purpose);
    const place = locationText(where);
    await addTimelineEvent(tx, ctx, {
      subjectType: CUSTOMER_SUBJECT,
      subjectId: before.customerId,
      kind: 'visit.done',
      summary: {
        'zh-CN': `${actor.displayName} 完成拜访（${purpose['zh-CN']}），停留 ${hoursText(spent)} 小时，签退${place['zh-CN']}`,
        en: `${actor.displayName} made a visit (${purpose.en}), ${hoursText(spent)} h on site, checked out ${place.en}`,
      },
      refType: VISIT_SUBJECT,
      refId: before.id,
      // `content` is what the timeline shows under the summary: the outcome.
      data: {
        purpose: before.purpose,
        content: input.outcome,
        minutesSpent: spent,
        location: where.location,
      },
      at,
    });
    await audit(tx, ctx, {
      entity: VISIT_SUBJECT,
      entityId: before.id,
      action: 'visit.checkOut',
      before,
      after,
    });
    await emit(tx, ctx, visitDone, {
      visitId: after.id,
      repId: after.repId,
      unitId: after.unitId,
      customerId: after.customerId,
      checkOutAt: at,
    });
    return getVisit(tx, actor, before.id);
  });
}
