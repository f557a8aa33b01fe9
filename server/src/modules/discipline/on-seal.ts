import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import type { SealHarmRecorded, SealTakenWithoutConsent } from '../seals/index.js';
import { harmFine } from './fine-table.js';
import { postFine } from './post-fine.js';
import { insertViolation } from './record-violation.js';
import { VIOLATION_ENTITY } from './scope.js';
import { violations } from './tables.js';

/**
 * Q2C-9 (未经同意带离…罚款50元，如发生后果…同时罚款1000元): a seal taken without consent is a
 * seal-misuse violation with seal.unapprovedFineFen, plus seal.harmFineFen when harm is recorded
 * with it; the seal incident is its source.
 */
export async function onSealTaken(tx: Tx, ctx: Ctx, e: SealTakenWithoutConsent): Promise<void> {
  const [person] = await tx.select({ unitId: users.unitId }).from(users).where(eq(users.id, e.userId));
  const harm = e.harmNote && person ? await harmFine(tx, ctx.clock.now(), person.unitId) : 0n;
  await insertViolation(tx, ctx, {
    personId: e.userId,
    category: 'seal_misuse',
    occurredAt: e.at,
    description: `${e.sealName}：${e.description}`,
    source: 'seal',
    sourceRef: e.sealViolationId,
    harmNote: e.harmNote,
    harmFineFen: harm,
  });
}

/** Q2C-9: harm recorded later adds the harm fine in force now, as its own ledger entry. */
export async function onSealHarm(tx: Tx, ctx: Ctx, e: SealHarmRecorded): Promise<void> {
  const [before] = await tx
    .select()
    .from(violations)
    .where(and(eq(violations.source, 'seal'), eq(violations.sourceRef, e.sealViolationId)))
    .for('update');
  if (!before) return;
  if (before.harmFineFen > 0n) throw appError('VIOLATION_HARM_RECORDED');
  const fine = await harmFine(tx, ctx.clock.now(), before.unitId);
  const [after] = await tx
    .update(violations)
    .set({ harmFineFen: fine, harmNote: e.harmNote, updatedAt: ctx.clock.now() })
    .where(eq(violations.id, before.id))
    .returning();
  await audit(tx, ctx, {
    entity: VIOLATION_ENTITY,
    entityId: before.id,
    action: 'violation.harm',
    before,
    after,
  });
  if (before.status !== 'cancelled')
    await postFine(tx, ctx, {
      personId: before.personId,
      amountFen: fine,
      kind: 'harm',
      refType: VIOLATION_ENTITY,
      refId: before.id,
    });
}
