import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { isUuid } from '../../platform/schemas.js';
import { sealHarmFineFen } from './policies.js';
import { getSealViolation } from './queries.js';
import type { TSealViolation, ZSealViolationHarm } from './schemas.js';
import { sealViolations } from './tables.js';

/**
 * Q2C-9 (否则罚款50元，如发生后果…同时罚款1000元): harm that followed an unapproved use is
 * recorded on the violation; the harm fine (`seal.harmFineFen`, as in force for the person's unit
 * now) is added to the fine already carried for taking the seal.
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
    const [person] = await tx.select({ unitId: users.unitId }).from(users).where(eq(users.id, before.userId));
    const harmFine = await readPolicy(tx, sealHarmFineFen, ctx.clock.now(), person?.unitId);
    const fine = (before.fineFen ?? 0n) + BigInt(harmFine);
    const [after] = await tx
      .update(sealViolations)
      .set({ harm: true, harmNote: input.harmNote, fineFen: fine })
      .where(eq(sealViolations.id, id))
      .returning();
    await audit(tx, ctx, {
      entity: 'seal_violation',
      entityId: id,
      action: 'seal.violationHarm',
      before,
      after,
    });
    return getSealViolation(tx, id);
  });
}
