import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { emit } from '../../platform/events/domain-events.js';
import { isUuid } from '../../platform/schemas.js';
import { sealHarmRecorded } from './events.js';
import { getSealViolation } from './queries.js';
import type { TSealViolation, ZSealViolationHarm } from './schemas.js';
import { sealViolations } from './tables.js';

/**
 * Q2C-9 (如发生后果…同时罚款1000元): harm that followed an unapproved use is recorded on the
 * incident; the discipline module adds the harm fine (`seal.harmFineFen`) to the violation.
 */
export function recordSealHarm(
  ctx: Ctx,
  id: string,
  input: z.output<typeof ZSealViolationHarm>,
): Promise<TSealViolation> {
  return inTx(ctx, async (tx) => {
    if (!isUuid(id)) throw appError('NOT_FOUND');
    const [before] = await tx.select().from(sealViolations).where(eq(sealViolations.id, id)).for('update');
    if (!before) throw appError('NOT_FOUND');
    if (before.harm) throw appError('SEAL_VIOLATION_HARM_RECORDED');
    const [after] = await tx
      .update(sealViolations)
      .set({ harm: true, harmNote: input.harmNote })
      .where(eq(sealViolations.id, id))
      .returning();
    await audit(tx, ctx, {
      entity: 'seal_violation',
      entityId: id,
      action: 'seal.violationHarm',
      before,
      after,
    });
    // Q2C-9: the discipline module adds the harm fine to the violation.
    await emit(tx, ctx, sealHarmRecorded, {
      sealViolationId: id,
      userId: before.userId,
      harmNote: input.harmNote,
    });
    return getSealViolation(tx, id);
  });
}
