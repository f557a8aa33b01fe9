import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.js';
import { type AuditEntry, auditMany } from '../../../platform/audit/audit.js';
import { type Ctx, requireActor } from '../../../platform/context.js';
import { assignTask } from '../../tasks/index.js';
import { visitCommitments } from '../tables.js';
import { checkCommitmentDrafts } from './draft-commitments.js';
import { openCommitmentDueItem, VISIT_COMMITMENT } from './due.js';

/**
 * VIS-6: when the report is submitted its draft commitments are tracked from then on. One the rep
 * carries out gets a due item of its own; one given to a direct report is ALSO a task (ORG-4: who,
 * what, by when, where — the customer —, how, and how it is checked), whose deadline, 待办 rows,
 * completion and evaluation carry the commitment. In the submission's transaction, audited.
 */
export async function openDraftCommitments(
  tx: Tx,
  ctx: Ctx,
  visit: { id: string; unitId: string; customerName: string },
): Promise<void> {
  const actor = requireActor(ctx);
  const now = ctx.clock.now();
  const drafts = await tx
    .select()
    .from(visitCommitments)
    .where(and(eq(visitCommitments.visitId, visit.id), eq(visitCommitments.status, 'draft')))
    .orderBy(asc(visitCommitments.createdAt), asc(visitCommitments.id));
  await checkCommitmentDrafts(tx, actor, drafts, now);
  const entries: AuditEntry[] = [];
  for (const d of drafts) {
    let taskId: string | null = null;
    if (d.ownerId !== actor.id) {
      const task = await assignTask(tx, ctx, {
        assigneeId: d.ownerId,
        content: d.content,
        dueAt: d.dueAt.toISOString(),
        place: visit.customerName,
        actionPlan: d.content,
        controlMethod: d.checkMethod,
        evaluationMethod: d.checkMethod,
        source: 'written',
      });
      taskId = task.id;
    }
    const [row] = await tx
      .update(visitCommitments)
      .set({ status: 'open', taskId, updatedAt: now })
      .where(eq(visitCommitments.id, d.id))
      .returning();
    if (!taskId) await openCommitmentDueItem(tx, ctx, d, visit);
    entries.push({
      entity: VISIT_COMMITMENT,
      entityId: d.id,
      action: 'visitCommitment.open',
      before: d,
      after: row,
    });
  }
  await auditMany(tx, ctx, entries);
}
