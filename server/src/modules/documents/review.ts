import { eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { appError } from '../../platform/errors.js';
import { readPolicy } from '../../platform/policies/read.js';
import { managedActiveDocument } from './catalogue.js';
import { retentionExtendYears } from './policies.js';
import { documentDetail } from './queries.js';
import type { TDocument, TDocumentReview } from './schemas.js';
import { DOCUMENT_ENTITY } from './scope.js';
import { documents } from './tables.js';

/** `years` after a day (29 February → 28 February). */
function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const out = new Date(Date.UTC(y + years, m - 1, d));
  if (out.getUTCMonth() !== m - 1) out.setUTCDate(0);
  return out.toISOString().slice(0, 10);
}

/**
 * DOC-4: the keeper decides on a document whose retention ended — keep it longer (by the years
 * given, default documents.retentionExtendYears, counted from today), or dispose of it with a
 * reason: marked disposed, still in the catalogue with its files and history. Nothing is
 * deleted; both decisions are audited.
 */
export async function reviewDocument(ctx: Ctx, id: string, input: TDocumentReview): Promise<TDocument> {
  const actor = requireActor(ctx);
  await inTx(ctx, async (tx) => {
    const before = await managedActiveDocument(tx, actor, id);
    const at = ctx.clock.now();
    const today = await companyToday(tx, at);
    if (before.retainUntil === null || before.retainUntil >= today)
      throw appError('DOCUMENT_NOT_DUE_FOR_REVIEW');
    const change =
      input.decision === 'keep'
        ? {
            retainUntil: addYears(
              today,
              input.years ?? (await readPolicy(tx, retentionExtendYears, at, before.unitId)),
            ),
            reviewNote: input.note ?? null,
          }
        : {
            status: 'disposed' as const,
            disposedAt: at,
            disposedBy: actor.id,
            disposalReason: input.reason,
            reviewNote: input.reason,
          };
    const [after] = await tx
      .update(documents)
      .set({ ...change, reviewedAt: at, reviewedBy: actor.id, updatedAt: at })
      .where(eq(documents.id, id))
      .returning();
    await audit(tx, ctx, {
      entity: DOCUMENT_ENTITY,
      entityId: id,
      action: input.decision === 'keep' ? 'document.keep' : 'document.dispose',
      before: { status: before.status, retainUntil: before.retainUntil },
      after: {
        status: after!.status,
        retainUntil: after!.retainUntil,
        reason: after!.disposalReason,
        note: after!.reviewNote,
      },
    });
  });
  return documentDetail(ctx.db, ctx, id);
}
