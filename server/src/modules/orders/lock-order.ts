import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { scopedExists } from '../../platform/access/scoped-exists.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { orderReadScope, orderWriteScope } from './scope.js';
import { orders } from './tables.js';

type OrderRow = typeof orders.$inferSelect;

/**
 * The order row for a step, locked for the rest of the transaction (two steps at once cannot
 * both start from the same status). Outside read scope → 404; readable but not the actor's to
 * move on → 403; a status the step does not start from → 409 STATUS_NOT_ALLOWED.
 */
export async function lockOrder(
  tx: Tx,
  actor: Actor,
  id: string,
  from: readonly OrderRow['status'][],
): Promise<OrderRow> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.id, id), orderReadScope(actor)))
    .for('update');
  if (!row) throw appError('NOT_FOUND');
  if (!(await scopedExists(tx, orders, id, orderWriteScope(actor)))) throw appError('FORBIDDEN');
  if (!from.includes(row.status)) throw appError('STATUS_NOT_ALLOWED');
  return row;
}
