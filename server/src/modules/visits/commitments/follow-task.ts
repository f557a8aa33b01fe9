import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.js';
import { type AuditEntry, auditMany } from '../../../platform/audit/audit.js';
import type { Ctx } from '../../../platform/context.js';
import { on } from '../../../platform/events/domain-events.js';
import { type TaskDone, type TaskEvaluated, taskDone, taskEvaluated } from '../../tasks/index.js';
import { visitCommitments } from '../tables.js';
import { VISIT_COMMITMENT } from './due.js';

/** ORG-4/VIS-6: the task carrying a commitment was reported done: so is the commitment. */
async function onTaskDone(tx: Tx, ctx: Ctx, e: TaskDone): Promise<void> {
  const rows = await tx
    .update(visitCommitments)
    .set({ status: 'done', doneAt: e.doneAt, doneNote: e.note, updatedAt: e.doneAt })
    .where(and(eq(visitCommitments.taskId, e.taskId), eq(visitCommitments.status, 'open')))
    .returning();
  const entries: AuditEntry[] = rows.map((row) => ({
    entity: VISIT_COMMITMENT,
    entityId: row.id,
    action: 'visitCommitment.done',
    after: row,
  }));
  await auditMany(tx, ctx, entries);
}

/** ORG-4/VIS-6: the one who gave the task evaluated it: the commitment it carries is confirmed. */
async function onTaskEvaluated(tx: Tx, ctx: Ctx, e: TaskEvaluated): Promise<void> {
  const rows = await tx
    .update(visitCommitments)
    .set({
      status: 'confirmed',
      confirmedBy: e.assignerId,
      confirmedAt: e.evaluatedAt,
      updatedAt: e.evaluatedAt,
    })
    .where(and(eq(visitCommitments.taskId, e.taskId), eq(visitCommitments.status, 'done')))
    .returning();
  const entries: AuditEntry[] = rows.map((row) => ({
    entity: VISIT_COMMITMENT,
    entityId: row.id,
    action: 'visitCommitment.confirm',
    after: row,
  }));
  await auditMany(tx, ctx, entries);
}

export const commitmentTaskHandlers = [on(taskDone, onTaskDone), on(taskEvaluated, onTaskEvaluated)];
