import { and, eq, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import { approvalParticipantCondition } from '../../platform/approvals/visibility.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { redemptions } from './tables.js';

/** The approval document type of a redemption. */
export const REDEMPTION_DOC = 'redemption';

export type RedemptionRow = typeof redemptions.$inferSelect;

/**
 * INC-6/ORG-5 on redemptions: a person reads their own (reward:redeem's scope); whoever is asked
 * to approve one may open it; the catalogue's keepers (reward:manage) read them all to hand the
 * rewards over.
 */
export function redemptionReadScope(actor: Actor): SQL {
  const cols = { owner: redemptions.userId, unit: redemptions.unitId };
  return or(
    scopeCondition(actor, 'reward:redeem', cols),
    scopeCondition(actor, 'reward:manage', cols),
    approvalParticipantCondition(actor.id, REDEMPTION_DOC, redemptions.id),
  )!;
}

/** INC-6: the actor's own redemption, locked for the write that follows; anyone else's is 404. */
export async function ownRedemptionForUpdate(db: DbOrTx, actor: Actor, id: string): Promise<RedemptionRow> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await db
    .select()
    .from(redemptions)
    .where(
      and(
        eq(redemptions.id, id),
        eq(redemptions.userId, actor.id),
        scopeCondition(actor, 'reward:redeem', { owner: redemptions.userId, unit: redemptions.unitId }),
      ),
    )
    .for('update');
  if (!row) throw appError('NOT_FOUND');
  return row;
}
