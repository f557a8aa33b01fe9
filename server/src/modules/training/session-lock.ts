import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { sessionScope } from './scope.js';
import { trainingSessions } from './tables.js';

/** A session the actor manages (training:manage scope), locked; 404 otherwise. */
export async function lockManagedSession(tx: Tx, actor: Actor, id: string) {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await tx
    .select()
    .from(trainingSessions)
    .where(and(eq(trainingSessions.id, id), sessionScope(actor, 'training:manage')))
    .for('update');
  if (!row) throw appError('NOT_FOUND');
  return row;
}
