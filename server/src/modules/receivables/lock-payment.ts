import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import type { Permission } from '../permission-codes.js';
import { paymentScope } from './payment-scope.js';
import { payments } from './tables.js';

export type PaymentRow = typeof payments.$inferSelect;

/** A payment in the actor's scope for `permission`, locked for a status change (404 otherwise). */
export async function lockPayment(
  tx: Tx,
  actor: Actor,
  id: string,
  permission: Permission,
): Promise<PaymentRow> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await tx
    .select()
    .from(payments)
    .where(and(eq(payments.id, id), paymentScope(actor, permission)))
    .for('update');
  if (!row) throw appError('NOT_FOUND');
  return row;
}
