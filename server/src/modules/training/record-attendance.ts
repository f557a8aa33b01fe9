import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { getTrainingSession } from './queries.js';
import type { TTrainingSessionDetail, ZAttendanceRecord } from './schemas.js';
import { ATTENDEE_ENTITY } from './scope.js';
import { lockManagedSession } from './session-lock.js';
import { trainingAttendees } from './tables.js';

/** OPS-8: the organiser records who attended, was absent or excused; each change audited. */
export function recordAttendance(
  ctx: Ctx,
  sessionId: string,
  input: z.output<typeof ZAttendanceRecord>,
): Promise<TTrainingSessionDetail> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const session = await lockManagedSession(tx, actor, sessionId);
    const ids = input.items.map((i) => i.attendeeId);
    const rows = await tx
      .select()
      .from(trainingAttendees)
      .where(and(eq(trainingAttendees.sessionId, session.id), inArray(trainingAttendees.id, ids)));
    if (rows.length !== new Set(ids).size) throw appError('NOT_FOUND');
    const byId = new Map(rows.map((r) => [r.id, r]));
    const at = ctx.clock.now();
    for (const item of input.items) {
      const before = byId.get(item.attendeeId)!;
      if (before.attendance === item.attendance) continue;
      await tx
        .update(trainingAttendees)
        .set({ attendance: item.attendance, updatedAt: at })
        .where(eq(trainingAttendees.id, before.id));
      await audit(tx, ctx, {
        entity: ATTENDEE_ENTITY,
        entityId: before.id,
        action: 'training.attendance',
        before: { attendance: before.attendance },
        after: { attendance: item.attendance, sessionId: session.id, userId: before.userId },
      });
    }
    return getTrainingSession(tx, actor, session.id);
  });
}
