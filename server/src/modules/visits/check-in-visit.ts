import { eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { appError } from '../../platform/errors.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT } from '../customers/index.js';
import { VISIT_SUBJECT } from './subject.js';
import { visits } from './tables.js';
import { locationText, recordedLocation } from './visit-location.js';
import { getVisit } from './visit-queries.js';
import { BEFORE_VISIT } from './visit-rules.js';
import type { TVisit, TVisitLocation } from './visit-schemas.js';
import { assertOwnVisit, assertVisitStatus, visitInScope } from './visit-scope.js';
import { purposeText } from './visit-words.js';

/**
 * VIS-4: the rep arrives and checks in — only the visit's own rep, on a planned or prepared visit.
 * The time is the server's (business clock), never the phone's; the position is the phone's, or
 * why there is none. The visit is then under way, and the customer's timeline shows it (CUS-8).
 */
export function checkInVisit(ctx: Ctx, id: string, input: TVisitLocation): Promise<TVisit> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const before = await visitInScope(tx, actor, id, { mode: 'write', lock: true });
    assertOwnVisit(actor, before);
    assertVisitStatus(before, BEFORE_VISIT);
    const at = ctx.clock.now();
    // VIS-2: a visit planned for a later day is moved to today first, so plan and actual stay true.
    if (before.plannedOn > (await companyToday(tx, at))) throw appError('VISIT_NOT_TODAY');
    const where = recordedLocation(input);
    const [after] = await tx
      .update(visits)
      .set({
        status: 'in_progress',
        checkInAt: at,
        checkInLocation: where.location,
        checkInLat: where.lat,
        checkInLng: where.lng,
        checkInAccuracyM: where.accuracyM,
        updatedAt: at,
      })
      .where(eq(visits.id, before.id))
      .returning();
    const purpose = purposeText(before.purpose);
    const place = locationText(where);
    await addTimelineEvent(tx, ctx, {
      subjectType: CUSTOMER_SUBJECT,
      subjectId: before.customerId,
      kind: 'visit.checkedIn',
      summary: {
        'zh-CN': `${actor.displayName} 到访签到（${purpose['zh-CN']}），${place['zh-CN']}`,
        en: `${actor.displayName} checked in for a visit (${purpose.en}), ${place.en}`,
      },
      refType: VISIT_SUBJECT,
      refId: before.id,
      data: { purpose: before.purpose, location: where.location },
      at,
    });
    await audit(tx, ctx, {
      entity: VISIT_SUBJECT,
      entityId: before.id,
      action: 'visit.checkIn',
      before,
      after,
    });
    return getVisit(tx, actor, before.id);
  });
}
