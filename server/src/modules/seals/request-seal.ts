import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { submitForApproval } from '../../platform/approvals/transitions.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { contractInScope } from '../contracts/index.js';
import { getSealRequest } from './queries.js';
import type { TSealRequest, ZSealRequestCreate } from './schemas.js';
import { SEAL_REQUEST } from './scope.js';
import { sealRequests, seals } from './tables.js';

/** Q2C-9: anyone asks to use a seal, for a purpose (and, if it is for one, a contract they may read). */
export function createSealRequest(
  ctx: Ctx,
  input: z.output<typeof ZSealRequestCreate>,
): Promise<TSealRequest> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const [seal] = await tx.select().from(seals).where(eq(seals.id, input.sealId));
    if (!seal || seal.status === 'retired') {
      throw appError('VALIDATION_FAILED', {
        sealId: { 'zh-CN': '没有这枚印章或已停用', en: 'No such seal, or it is retired' },
      });
    }
    const contract = input.contractId ? await contractInScope(tx, actor, input.contractId) : null;
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(sealRequests)
      .values({
        sealId: seal.id,
        contractId: contract?.id ?? null,
        purpose: input.purpose,
        requesterId: actor.id,
        unitId: actor.unitId,
        status: 'draft',
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    await audit(tx, ctx, {
      entity: 'seal_request',
      entityId: row!.id,
      action: 'sealRequest.create',
      after: row,
    });
    return getSealRequest(tx, actor, row!.id);
  });
}

/** Q2C-9: the requester submits the request to their superior and the sales manager. */
export function submitSealRequest(ctx: Ctx, id: string): Promise<TSealRequest> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const current = await getSealRequest(tx, actor, id);
    if (current.status !== 'draft' && current.status !== 'rejected') throw appError('STATUS_NOT_ALLOWED');
    await submitForApproval(tx, ctx, { docType: SEAL_REQUEST, docId: id });
    return getSealRequest(tx, actor, id);
  });
}
