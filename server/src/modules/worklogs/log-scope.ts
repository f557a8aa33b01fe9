import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { workLogs } from './tables.js';

export const WORK_LOG_ENTITY = 'work_log';
export type WorkLogRow = typeof workLogs.$inferSelect;

const cols = { owner: workLogs.userId, unit: workLogs.unitId };

/** OPS-1/ORG-5: a rep reads their own logs; a superior their people's (worklog:read's scope). */
export function logReadScope(actor: Actor): SQL {
  return scopeCondition(actor, 'worklog:read', cols);
}

/** OPS-7: who reviews a log — worklog:review's scope over the rep, never the rep themself. */
export function logReviewScope(actor: Actor): SQL {
  return and(sql`${workLogs.userId} <> ${actor.id}`, scopeCondition(actor, 'worklog:review', cols))!;
}

/** A log to review, locked: outside the review scope 404 (another team's log does not exist). */
export async function logForReview(tx: DbOrTx, actor: Actor, id: string): Promise<WorkLogRow> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await tx
    .select()
    .from(workLogs)
    .where(and(eq(workLogs.id, id), logReadScope(actor)))
    .for('update');
  if (!row) throw appError('NOT_FOUND');
  if (row.userId === actor.id) throw appError('WORKLOG_REVIEW_SELF');
  const [reviewable] = await tx
    .select({ id: workLogs.id })
    .from(workLogs)
    .where(and(eq(workLogs.id, id), logReviewScope(actor)));
  if (!reviewable) throw appError('NOT_FOUND');
  return row;
}
