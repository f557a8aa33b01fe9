import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { appError } from '../../platform/errors.js';
import { emit } from '../../platform/events/domain-events.js';
import { readPolicy } from '../../platform/policies/read.js';
import { trainingExcelled } from './events.js';
import { excellentScore } from './policies.js';
import { getTrainingSession } from './queries.js';
import type { TTrainingSessionDetail, ZTrainingResult } from './schemas.js';
import { ATTENDEE_ENTITY } from './scope.js';
import { lockManagedSession } from './session-lock.js';
import { trainingAttendees } from './tables.js';

/**
 * OPS-8: the organiser records one person's result — a score 0–100 or pass / fail. It is
 * excellent when the score reaches training.excellentScore or the organiser marks it so; the
 * first time a result is excellent, trainingExcelled is emitted in this transaction (INC-4: the
 * points module awards the extra points). Recording a result marks an invited person attended;
 * someone absent or excused has none.
 */
export function recordTrainingResult(
  ctx: Ctx,
  sessionId: string,
  input: z.output<typeof ZTrainingResult>,
): Promise<TTrainingSessionDetail> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const session = await lockManagedSession(tx, actor, sessionId);
    const [before] = await tx
      .select()
      .from(trainingAttendees)
      .where(and(eq(trainingAttendees.id, input.attendeeId), eq(trainingAttendees.sessionId, session.id)))
      .for('update');
    if (!before) throw appError('NOT_FOUND');
    if (before.attendance === 'absent' || before.attendance === 'excused')
      throw appError('TRAINING_NOT_ATTENDED');
    const at = ctx.clock.now();
    const threshold = await readPolicy(tx, excellentScore, session.startsAt, session.unitId);
    const excellent =
      before.excellent || input.excellent || (input.score != null && input.score >= threshold);
    const [after] = await tx
      .update(trainingAttendees)
      .set({
        attendance: 'attended',
        score: input.score ?? null,
        passed: input.passed ?? null,
        excellent,
        resultNote: input.note ?? null,
        resultAt: at,
        resultBy: actor.id,
        updatedAt: at,
      })
      .where(eq(trainingAttendees.id, before.id))
      .returning();
    await audit(tx, ctx, {
      entity: ATTENDEE_ENTITY,
      entityId: before.id,
      action: 'training.result',
      before: {
        attendance: before.attendance,
        score: before.score,
        passed: before.passed,
        excellent: before.excellent,
      },
      after: {
        attendance: after!.attendance,
        score: after!.score,
        passed: after!.passed,
        excellent,
        threshold,
      },
    });
    if (excellent && !before.excellent) {
      const tz = await readCompanyTimeZone(tx, at);
      await emit(tx, ctx, trainingExcelled, {
        attendanceId: before.id,
        sessionId: session.id,
        userId: before.userId,
        topic: session.topic,
        day: localDate(session.startsAt, tz),
      });
    }
    return getTrainingSession(tx, actor, session.id);
  });
}
