import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { dateTimeText, readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { notify } from '../../platform/notifications/notify.js';
import { users } from '../../platform/org/tables.js';
import { unitSubtreeIdsSql } from '../../platform/org/tree.js';
import { trainingInvitedEvent } from './events.js';
import { getTrainingSession } from './queries.js';
import type { TTrainingSessionDetail, ZTrainingSessionCreate } from './schemas.js';
import { TRAINING_ENTITY } from './scope.js';
import { trainingAttendees, trainingSessions } from './tables.js';

/**
 * OPS-8: a training session is arranged — topic, title, trainer (a user or an outside name),
 * when and where — and every active person of the audience (the chosen units with their
 * sub-units, and the chosen people) is invited and told. Organised in the organiser's unit.
 */
export function createTrainingSession(
  ctx: Ctx,
  input: z.output<typeof ZTrainingSessionCreate>,
): Promise<TTrainingSessionDetail> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    if (input.trainerId) {
      const [trainer] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, input.trainerId), eq(users.status, 'active')));
      if (!trainer) {
        throw appError('VALIDATION_FAILED', {
          trainerId: { 'zh-CN': '讲师须为在职人员', en: 'The trainer must be an active user' },
        });
      }
    }
    const inUnits = input.unitIds.map((id) => sql`${users.unitId} in ${unitSubtreeIdsSql(id)}`);
    const audience = await tx
      .select({ id: users.id, unitId: users.unitId })
      .from(users)
      .where(
        and(
          eq(users.status, 'active'),
          or(...inUnits, input.userIds.length > 0 ? inArray(users.id, input.userIds) : undefined),
        ),
      );
    if (audience.length === 0) throw appError('TRAINING_NO_AUDIENCE');
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(trainingSessions)
      .values({
        topic: input.topic,
        title: input.title,
        trainerId: input.trainerId ?? null,
        trainerName: input.trainerId ? null : (input.trainerName ?? null),
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        place: input.place,
        unitId: actor.unitId,
        organizerId: actor.id,
        audience: { unitIds: input.unitIds, userIds: input.userIds },
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    await tx.insert(trainingAttendees).values(
      audience.map((p) => ({
        sessionId: row!.id,
        userId: p.id,
        unitId: p.unitId,
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })),
    );
    const when = dateTimeText(row!.startsAt, await readCompanyTimeZone(tx, at));
    for (const p of audience) {
      await notify(tx, ctx, {
        userId: p.id,
        event: trainingInvitedEvent.key,
        title: { 'zh-CN': `培训通知：${row!.title}`, en: `Training: ${row!.title}` },
        body: { 'zh-CN': `${when}，${row!.place}`, en: `${when}, ${row!.place}` },
        subjectType: TRAINING_ENTITY,
        subjectId: row!.id,
        link: `/training/sessions/${row!.id}`,
      });
    }
    await audit(tx, ctx, {
      entity: TRAINING_ENTITY,
      entityId: row!.id,
      action: 'training.create',
      after: { ...row, invited: audience.length },
    });
    return getTrainingSession(tx, actor, row!.id);
  });
}
