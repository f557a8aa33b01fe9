import { and, eq } from 'drizzle-orm';
import { scopeCondition } from '../../../platform/access/scopes.js';
import { audit } from '../../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../../platform/context.js';
import { companyToday } from '../../../platform/deadlines/company-date.js';
import { appError } from '../../../platform/errors.js';
import { VISIT_SUBJECT } from '../subject.js';
import { visits } from '../tables.js';
import type { TVisitMove } from './schemas.js';
import { movableStatuses } from './visit-calendar.js';

/**
 * VIS-1/VIS-2 (拜访日历, 改期): a visit not yet begun (planned or prepared) moves to another day —
 * by its rep or a superior whose visit:write scope holds it (anyone else: 404); not to a day
 * before the company's today; a visit of the approved monthly plan stays in its month (another
 * month is a plan change, approved up the chain). Audited with the day before and after.
 */
export async function moveVisit(ctx: Ctx, id: string, input: TVisitMove) {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const [visit] = await tx
      .select()
      .from(visits)
      .where(
        and(
          eq(visits.id, id),
          scopeCondition(actor, 'visit:write', { owner: visits.repId, unit: visits.unitId }),
        ),
      )
      .for('update');
    if (!visit) throw appError('NOT_FOUND');
    if (!(movableStatuses as readonly string[]).includes(visit.status)) throw appError('VISIT_NOT_MOVABLE');
    const today = await companyToday(tx, ctx.clock.now());
    if (input.plannedOn < today) {
      throw appError('VALIDATION_FAILED', {
        plannedOn: { 'zh-CN': '不能改到今天之前', en: 'The new day cannot be before today' },
      });
    }
    if (visit.planLineId && input.plannedOn.slice(0, 7) !== visit.plannedOn.slice(0, 7)) {
      throw appError('VISIT_MOVE_OTHER_MONTH');
    }
    if (input.plannedOn === visit.plannedOn) return { id: visit.id, plannedOn: visit.plannedOn };
    const [moved] = await tx
      .update(visits)
      .set({ plannedOn: input.plannedOn, updatedAt: ctx.clock.now() })
      .where(eq(visits.id, visit.id))
      .returning();
    if (!moved) throw new Error('visit move failed');
    await audit(tx, ctx, {
      entity: VISIT_SUBJECT,
      entityId: visit.id,
      action: 'visit.move',
      before: { plannedOn: visit.plannedOn },
      after: { plannedOn: moved.plannedOn },
    });
    return { id: moved.id, plannedOn: moved.plannedOn };
  });
}
