import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { scopedExists } from '../../platform/access/scoped-exists.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { opportunityReadScope, opportunityWriteScope } from './scope.js';
import { opportunities } from './tables.js';

/**
 * The opportunity row for a change, locked for the rest of the transaction (two moves at once
 * cannot both start from the same stage). Outside read scope → 404; readable but not the
 * actor's to change → 403; won or lost → 422.
 */
export async function lockOpenOpportunity(tx: Tx, actor: Actor, id: string) {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await tx
    .select()
    .from(opportunities)
    .where(and(eq(opportunities.id, id), opportunityReadScope(actor)))
    .for('update');
  if (!row) throw appError('NOT_FOUND');
  if (!(await scopedExists(tx, opportunities, id, opportunityWriteScope(actor)))) throw appError('FORBIDDEN');
  if (row.closedAt) throw appError('OPPORTUNITY_CLOSED');
  return row;
}
