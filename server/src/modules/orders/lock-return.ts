import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { scopedExists } from '../../platform/access/scoped-exists.js';
import { assertNotPendingApproval } from '../../platform/approvals/visibility.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { editableReturnStatuses } from './return-queries.js';
import { RETURN_DOC, returnReadScope, returnWriteScope } from './scope.js';
import { returnRequests } from './tables.js';

/**
 * A return to change or submit, locked: outside read scope → 404; not in return:write's scope →
 * 403; pending approval → 423; approved → 409 STATUS_NOT_ALLOWED (final).
 */
export async function lockEditableReturn(tx: Tx, actor: Actor, id: string) {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await tx
    .select()
    .from(returnRequests)
    .where(and(eq(returnRequests.id, id), returnReadScope(actor)))
    .for('update');
  if (!row) throw appError('NOT_FOUND');
  if (!(await scopedExists(tx, returnRequests, id, returnWriteScope(actor)))) throw appError('FORBIDDEN');
  await assertNotPendingApproval(tx, RETURN_DOC, id);
  if (!editableReturnStatuses.includes(row.status)) throw appError('STATUS_NOT_ALLOWED');
  return row;
}
