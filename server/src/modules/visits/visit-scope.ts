import { and, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { scopedExists } from '../../platform/access/scoped-exists.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { visits } from './tables.js';

const cols = { owner: visits.repId, unit: visits.unitId };

/**
 * VIS-2/ORG-5: a rep reads their own visits; a supervisor also their reps' (down the superior
 * chain); a manager their units'; the director and GM all (visit:read's scope per role).
 */
export function visitReadScope(actor: Actor): SQL {
  return scopeCondition(actor, 'visit:read', cols);
}

/** Who may change a visit's record (people met, photos, cancel): visit:write's scope. */
export function visitWriteScope(actor: Actor): SQL {
  return scopeCondition(actor, 'visit:write', cols);
}

export type VisitRow = typeof visits.$inferSelect;

/**
 * A visit the actor may read (404 otherwise); with `write`, one they may also change (403 when
 * they only read it). `lock` takes the row for the rest of the transaction, so two check-ins or a
 * check-in and a cancel never cross.
 */
export async function visitInScope(
  db: DbOrTx,
  actor: Actor,
  id: string,
  opts: { mode?: 'read' | 'write'; lock?: boolean } = {},
): Promise<VisitRow> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const query = db
    .select()
    .from(visits)
    .where(and(eq(visits.id, id), visitReadScope(actor)));
  const [row] = opts.lock ? await query.for('update') : await query;
  if (!row) throw appError('NOT_FOUND');
  if (opts.mode === 'write' && !(await scopedExists(db, visits, id, visitWriteScope(actor))))
    throw appError('FORBIDDEN');
  return row;
}

/** VIS-4: only the visit's own rep prepares it, checks in and checks out. */
export function assertOwnVisit(actor: Actor, visit: VisitRow): void {
  if (visit.repId !== actor.id) throw appError('VISIT_NOT_OWN');
}

/** The visit's status must be one of these for the step asked (409 otherwise). */
export function assertVisitStatus(visit: VisitRow, allowed: readonly VisitRow['status'][]): void {
  if (!allowed.includes(visit.status)) throw appError('VISIT_WRONG_STATUS');
}
