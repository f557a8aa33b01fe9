import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { emit } from '../../platform/events/domain-events.js';
import { defineNotificationEvent } from '../../platform/notifications/events.js';
import { notify } from '../../platform/notifications/notify.js';
import { users } from '../../platform/org/tables.js';
import { sealTakenWithoutConsent } from './events.js';
import { getSealViolation } from './queries.js';
import type { TSealViolation, ZSealViolationCreate } from './schemas.js';
import { seals, sealViolations } from './tables.js';

export const sealViolationEvent = defineNotificationEvent({
  key: 'seal.violation',
  label: { 'zh-CN': '印章未经批准被带离', en: 'A seal was taken without approval' },
  emailByDefault: true,
});

/**
 * Q2C-9/PEN-2: the custodian records that a seal left the sales office without their and the
 * sales manager's consent; the discipline module records the violation with the fine in force
 * (`sealTakenWithoutConsent`, same transaction), and the custodian's superior is told.
 */
export function recordSealViolation(
  ctx: Ctx,
  input: z.output<typeof ZSealViolationCreate>,
): Promise<TSealViolation> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const [seal] = await tx.select().from(seals).where(eq(seals.id, input.sealId));
    if (!seal) {
      throw appError('VALIDATION_FAILED', {
        sealId: { 'zh-CN': '没有这枚印章', en: 'No such seal' },
      });
    }
    const [person] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, input.userId), eq(users.status, 'active')));
    if (!person) {
      throw appError('VALIDATION_FAILED', {
        userId: { 'zh-CN': '违规人须为在职人员', en: 'The person must be an active user' },
      });
    }
    const at = ctx.clock.now();
    const harm = input.harmNote != null;
    const [row] = await tx
      .insert(sealViolations)
      .values({
        sealId: seal.id,
        logId: null,
        userId: person.id,
        description: input.description,
        harm,
        harmNote: input.harmNote ?? null,
        at,
        actorId: actor.id,
      })
      .returning();
    await audit(tx, ctx, {
      entity: 'seal_violation',
      entityId: row!.id,
      action: 'seal.violation',
      after: row,
    });
    // Q2C-9/PEN-2: the discipline module records the violation with its fine.
    await emit(tx, ctx, sealTakenWithoutConsent, {
      sealViolationId: row!.id,
      sealId: seal.id,
      sealName: seal.name,
      userId: person.id,
      description: input.description,
      harmNote: input.harmNote ?? null,
      custodyLogId: null,
      at,
    });
    const [custodian] = await tx
      .select({ superiorId: users.superiorId })
      .from(users)
      .where(eq(users.id, seal.custodianId));
    if (custodian?.superiorId) {
      await notify(tx, ctx, {
        userId: custodian.superiorId,
        event: 'seal.violation',
        title: {
          'zh-CN': `印章「${seal.name}」未经批准被 ${person.displayName} 带离，已登记违规`,
          en: `Seal "${seal.name}" was taken by ${person.displayName} without approval; a violation is recorded`,
        },
        subjectType: 'seal',
        subjectId: seal.id,
        link: '/seals?tab=violations',
      });
    }
    return getSealViolation(tx, row!.id);
  });
}
